package io.github.narrator.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it. News CMSs name their containers
 * consistently enough ("article-body", "related-stories", "newsletter-signup", "share-bar") that
 * these names are a strong signal; they are only one signal, so callers weigh them against the text.
 */
final class ElementHints {

    /** Clutter whatever else the element is called. */
    private static final Pattern CLUTTER = Pattern.compile(
            "(?<![a-z]|non-|no-|has-|with-|without-)(comment|disqus|respond|related|relacionad|correlat|recommend|share|sharing|social(?![a-z-]*embed)"
                    + "|newsletter|signup|sign-up|promo|advert|advertisement|sponsor|outbrain|taboola"
                    + "|zergnet|cookie|consent|gdpr|breadcrumb|pagination|pager|byline|caption|credit|trending"
                    + "|popular|most-read|mostread|most-viewed|more-from|more-stories|more-on|recent|next-prev|prev-next"
                    + "|prevnext|nextprev|post-nav|post-navigation|previous-post|next-post|adjacent"
                    + "|read-next|also-read|further-reading|donate|donation|membership|toc|table-of-contents"
                    + "|author-bio|author-info|about-author|author-box|bio|tags|tag-list|taglist|topics|keywords"
                    + "|skip|visually-hidden|sr-only|screen-reader|print-only|hidden-print|listen|audio|podcast"
                    + "|modal|popup|overlay|interstitial|newsfeed|news-feed|cta|epic|footnote-ad"
                    + "|ad|ads|adv|adslot|ad-slot|adunit|dfp|gpt|nocontent|jp-relatedposts|wp-block-pullquote"
                    + "|pullquote|pull-quote|blockquote-pull|footer|colophon)(?![a-z]|-enabled|-disabled|-free|-off|-open|-active|-pusher)"
                    + "|(?<![a-z]|non-|no-|has-|with-|without-)(related|recommend|comment|social(?![a-z-]*embed)|newsletter"
                    + "|sponsor|advert|sharing)(?![a-z]*-(enabled|disabled|free|off|open|active|pusher))");

    /**
     * Names of what is usually a prompt but sometimes wraps the article text itself (the part behind
     * a paywall, a "read more" expander): clutter only when what it holds does not read as prose.
     */
    private static final Pattern MAYBE_CLUTTER = Pattern.compile(
            "(?<![a-z])(paywall|regwall|subscri|premium|piano|meter|read-more|readmore|collapsed|expand|truncat"
                    + "|hidden|locked|gate|gated)");

    /** Clutter unless the name also says content ("sidebar" is clutter, "main-content has-sidebar" is not). */
    private static final Pattern WEAK_CLUTTER = Pattern.compile(
            "(?<![a-z])(sidebar|side-bar|widget|aside|rail|nav|navigation|menu|header|masthead|meta"
                    + "|banner|tools|toolbar|actions|utility|links|util|extra|complementary|contentinfo|contributor"
                    + "|author|dateline|timestamp|date|kicker|label|icon|button|submeta|headline|standfirst|dek"
                    + "|subhead|hero|lede-art|lead-art|media(?![a-z-]*embed)|photo|image|gallery|video|slideshow|embed-ad)(?![a-z])");

    private static final Pattern CONTENT = Pattern.compile(
            "(?<![a-z])(article|articlebody|article-body|articletext|body|content|entry|main|post|story|text"
                    + "|prose|blog|paragraph|richtext|rich-text|markdown|copy|page-content|body-text)(?![a-z])");

    private static final Pattern STRONG_CONTENT = Pattern.compile(
            "(?<![a-z])(articlebody|article-+body|article-+content|story-+body|article-content|article-text|articletext|story-body|storybody"
                    + "|story-text|entry-content|post-content|post-body|postbody|post-text|body-text|bodytext"
                    + "|article__body|article__content|story__body|content-body|main-text|article-copy)(?![a-z])");

    private static final Pattern TAXONOMY_CLASS = Pattern.compile(
            "(tag|tags|category|categories|cat|topic|topics|section|term|postid|post-format|format|page-id|author|single-format)-",
            Pattern.CASE_INSENSITIVE);

    private ElementHints() {
    }

    /** Lower-case id, class and role-like attributes, camelCase split into dashes, one string. */
    static String names(Element element) {
        StringBuilder names = new StringBuilder();
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (key.equals("id") || key.equals("class") || key.equals("role") || key.equals("itemprop")
                    || key.equals("data-component") || key.equals("data-qa") || key.equals("data-testid")
                    || key.equals("data-module") || key.equals("data-gu-name") || key.equals("aria-label")) {
                if (key.equals("class")) {
                    appendClasses(names, attribute.getValue());
                } else {
                    appendSplit(names, attribute.getValue());
                }
                names.append(' ');
            }
        }
        return names.toString();
    }

    /** Taxonomy classes ("tag-newsletter", "category-social-media") name the topic, not the element. */
    private static void appendClasses(StringBuilder out, String classes) {
        for (String name : classes.split("\\s+")) {
            if (!TAXONOMY_CLASS.matcher(name).lookingAt()) {
                appendSplit(out, name);
                out.append(' ');
            }
        }
    }

    private static void appendSplit(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && Character.isLowerCase(value.charAt(i - 1))) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else if (c == '_') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
    }

    static boolean isClutter(String names) {
        return !names.isEmpty() && CLUTTER.matcher(names).find();
    }

    static boolean isMaybeClutter(String names) {
        return !names.isEmpty() && MAYBE_CLUTTER.matcher(names).find();
    }

    static boolean isWeakClutter(String names) {
        return !names.isEmpty() && WEAK_CLUTTER.matcher(names).find() && !CONTENT.matcher(names).find();
    }

    static boolean isContent(String names) {
        return !names.isEmpty() && CONTENT.matcher(names).find();
    }

    static boolean isStrongContent(Element element, String names) {
        return "articleBody".equals(element.attr("itemprop"))
                || (!names.isEmpty() && STRONG_CONTENT.matcher(names).find());
    }
}
