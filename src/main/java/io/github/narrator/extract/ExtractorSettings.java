package io.github.narrator.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the extractor decides what is an article it may hand on. Narrator's settings
 * ({@code narrator.extract.*} and {@code narrator.voice}) give the values.
 *
 * @param minBodyWords fewer body words than this and the page is refused (a paywall stub, a teaser)
 * @param languages    primary language subtags the narrating voice can read ("en"); empty accepts any
 *                     language, which is what a benchmark over multilingual pages wants
 * @param voice        the voice named in the refusal of an unsupported language
 * @param siteRules    per-host include/exclude selectors, keyed by lower-case host name
 *                     ("www.example.com" and "example.com" are different keys)
 */
public record ExtractorSettings(int minBodyWords, Set<String> languages, String voice, Map<String, SiteRule> siteRules) {

    public ExtractorSettings {
        if (minBodyWords < 1) {
            throw new IllegalArgumentException("minBodyWords must be at least 1, was " + minBodyWords);
        }
        languages = Set.copyOf(languages);
        siteRules = Map.copyOf(siteRules);
    }

    /** The same settings accepting pages in any language. */
    public ExtractorSettings withAnyLanguage() {
        return new ExtractorSettings(minBodyWords, Set.of(), voice, siteRules);
    }

    /** The same settings with another minimum body length. */
    public ExtractorSettings withMinBodyWords(int words) {
        return new ExtractorSettings(words, languages, voice, siteRules);
    }

    /**
     * The same settings as the extraction benchmark applies them: any language, any length. What
     * the benchmark measures is extraction; which languages a voice reads and how short an article
     * may be are the pipeline's policy.
     */
    public ExtractorSettings forBenchmark() {
        return new ExtractorSettings(1, Set.of(), voice, siteRules);
    }

    public ExtractorSettings withSiteRule(String host, SiteRule rule) {
        Map<String, SiteRule> rules = new LinkedHashMap<>(siteRules);
        rules.put(host.toLowerCase(Locale.ROOT), rule);
        return new ExtractorSettings(minBodyWords, languages, voice, rules);
    }

    /** The rule for a page's host; null when the host is null (the URL has none) or has no rule. */
    @Nullable SiteRule ruleFor(@Nullable String host) {
        return host == null ? null : siteRules.get(host.toLowerCase(Locale.ROOT));
    }

    boolean acceptsLanguage(String languageTag) {
        if (languages.isEmpty()) {
            return true;
        }
        String primary = languageTag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return languages.contains(primary);
    }
}
