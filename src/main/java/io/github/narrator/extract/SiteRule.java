package io.github.narrator.extract;

import java.util.List;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A per-host correction for a site the heuristics get wrong: CSS selectors for the article body
 * ({@code include}; when one matches, only the matched elements are read) and for clutter inside it
 * ({@code exclude}; matched elements are never read).
 */
public record SiteRule(List<String> include, List<String> exclude) {

    public SiteRule {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        include.forEach(SiteRule::check);
        exclude.forEach(SiteRule::check);
    }

    private static void check(String selector) {
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("bad CSS selector in site rule: \"" + selector + "\": " + e.getMessage());
        }
    }
}
