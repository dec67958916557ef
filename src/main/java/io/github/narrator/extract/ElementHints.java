package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and test names say about it. News CMSs name their containers
 * consistently enough ("article-body", "related-stories", "newsletter-signup", "share-bar") that
 * these names are a strong signal; they are only one signal, so callers weigh them against the text.
 *
 * <p>Each name is cut into lower-case words (at dashes, underscores and camelCase) and the words
 * are looked up, alone and in pairs: no regular expressions, as this runs for every element.
 */
final class ElementHints {

    static final int CLUTTER = 1;
    static final int WEAK_CLUTTER = 2;
    static final int CONTENT = 4;
    static final int STRONG_CONTENT = 8;
    static final int MAYBE_CLUTTER = 32;
    /** A pull quote: clutter only when it repeats the body, which the boilerplate filter checks. */
    static final int PULL_QUOTE = 64;
    /**
     * Named as readers' comments or a discussion ("comment-list", "kommentare", "reply"): what
     * visitors wrote under the article, however much it reads like prose ({@link ReadersComments}).
     */
    static final int COMMENTS = 128;

    /** Clutter whatever else the element is called. */
    private static final Set<String> CLUTTER_WORDS = Set.of(
            "comment", "comments", "commentlist", "disqus", "respond", "related", "recommended", "recommendations",
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "newsletter", "newsletters", "signup",
            "promo", "promos", "promoted", "advert", "adverts", "advertisement", "advertising", "sponsor",
            "sponsored", "outbrain", "taboola", "zergnet", "cookie", "cookies", "consent", "gdpr", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "byline", "bylines", "caption", "captions", "credit", "credits",
            "trending", "popular", "mostread", "mostpopular", "recent", "donate", "donation", "donations",
            "membership", "toc", "bio", "bios", "tags", "taglist", "topics", "keywords", "skip", "listen", "audio",
            "podcast", "modal", "popup", "overlay", "interstitial", "newsfeed", "cta", "epic", "ad", "ads", "adv",
            "adslot", "adunit", "dfp", "gpt", "nocontent", "footer", "colophon",
            "relacionadas", "relacionados", "correlati", "prevnext", "nextprev", "adjacent", "subscribe");

    /** Word starts that mark clutter ("relatedposts", "sharedaddy", "commentform", "advertorial"). */
    private static final List<String> CLUTTER_PREFIXES = List.of(
            "related", "recommend", "comment", "social", "newsletter", "sponsor", "advert", "sharing", "sharedaddy");

    /** Word starts that name readers' comments, in the languages of the dev corpora. */
    private static final List<String> COMMENT_PREFIXES = List.of(
            "comment", "kommentar", "comentari", "commento", "commenti", "komentarz", "reactie", "disqus", "reply",
            "replies", "respond", "discussion", "diskussion", "discussie", "dyskusj");

    private static final Set<String> CLUTTER_PAIRS = Set.of(
            "most read", "most viewed", "most popular", "more from", "more stories", "more on", "read next",
            "also read", "further reading", "table of", "of contents", "author bio", "author info", "about author",
            "about the", "author box", "tag list", "sign up", "visually hidden", "sr only", "screen reader",
            "print only", "hidden print", "news feed", "next prev", "prev next", "post nav", "post navigation",
            "previous post", "next post", "you may", "you might", "read also");

    /** Words before a clutter word that turn it around ("non-ad-column", "has-comments"). */
    private static final Set<String> NEGATIONS_BEFORE = Set.of("non", "no", "has", "with", "without");
    /** Words after a clutter word that describe a state, not a component ("modal-enabled"). */
    private static final Set<String> STATES_AFTER = Set.of(
            "enabled", "disabled", "free", "off", "open", "active", "pusher", "wrapper", "wrap", "page");

    /** Clutter unless the element is also named as content ("sidebar" is clutter, "main-content has-sidebar" is not). */
    private static final Set<String> WEAK_WORDS = Set.of(
            "sidebar", "aside", "rail", "nav", "navigation", "navbar", "menu", "header", "masthead", "meta",
            "banner", "tools", "toolbar", "actions", "utility", "links", "util", "extra", "complementary",
            "contentinfo", "contributor", "author", "dateline", "timestamp", "date", "kicker", "label", "icon",
            "button", "submeta", "headline", "standfirst", "dek", "subhead", "hero", "media", "photo", "image",
            "gallery", "video", "slideshow", "widget", "widgets");

    private static final Set<String> WEAK_PAIRS = Set.of("side bar", "lede art", "lead art");

    /**
     * Names of what is usually a prompt but sometimes wraps the article text itself (the part behind
     * a paywall, a "read more" expander): clutter only when what it holds does not read as prose.
     */
    private static final Set<String> MAYBE_WORDS = Set.of(
            "paywall", "regwall", "premium", "piano", "meter", "collapsed", "expand", "expandable", "truncated",
            "hidden", "locked", "gate", "gated", "subscriber", "subscribers", "subscription", "readmore");

    private static final Set<String> MAYBE_PAIRS = Set.of("read more", "subscriber only", "subscribers only");

    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "articletext", "body", "content", "entry", "main", "post", "story", "text",
            "prose", "blog", "paragraph", "richtext", "markdown", "copy", "bodytext", "storytext", "postbody");

    private static final Set<String> STRONG_WORDS = Set.of(
            "articlebody", "articletext", "storybody", "storytext", "postbody", "bodytext", "articlecontent");

    private static final Set<String> STRONG_PAIRS = Set.of(
            "article body", "article content", "article text", "story body", "story text", "entry content",
            "post content", "post body", "post text", "body text", "content body", "main text", "article copy",
            "article section", "story content");

    /** Classes that name the article's topic, not the element ("tag-newsletter", "category-social-media"). */
    private static final List<String> TAXONOMY_PREFIXES = List.of(
            "tag-", "tags-", "category-", "categories-", "cat-", "topic-", "topics-", "term-", "postid-",
            "post-format-", "format-", "page-id-", "single-format-");

    private static final Set<String> NAMING_ATTRIBUTES = Set.of(
            "id", "class", "role", "itemprop", "data-component", "data-qa", "data-testid", "data-module",
            "data-gu-name", "aria-label");

    private ElementHints() {
    }

    /** The element's hint flags ({@link #CLUTTER}, {@link #CONTENT}, ...). */
    static int of(Element element) {
        // a heading's id is a slug of its own words ("the-headline-number"), not a name
        boolean heading = HtmlTags.isHeading(element);
        int flags = 0;
        boolean clutter = false;
        boolean weak = false;
        boolean content = false;
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (!NAMING_ATTRIBUTES.contains(key) || heading && key.equals("id")) {
                continue;
            }
            String value = attribute.getValue();
            if (key.equals("itemprop") && value.equals("articleBody")) {
                flags |= STRONG_CONTENT;
            }
            for (String name : key.equals("class") ? classes(value) : List.of(value)) {
                List<String> words = words(name);
                for (int i = 0; i < words.size(); i++) {
                    String word = words.get(i);
                    String pair = i + 1 < words.size() ? word + " " + words.get(i + 1) : null;
                    String before = i > 0 ? words.get(i - 1) : null;
                    String after = i + 1 < words.size() ? words.get(i + 1) : null;
                    if (isClutterWord(word, words) || (pair != null && CLUTTER_PAIRS.contains(pair))) {
                        boolean negated = (before != null && NEGATIONS_BEFORE.contains(before))
                                || (after != null && STATES_AFTER.contains(after));
                        clutter |= !negated;
                    }
                    if (WEAK_WORDS.contains(word) && !(word.equals("media") && words.contains("embed"))
                            || (pair != null && WEAK_PAIRS.contains(pair))) {
                        weak = true;
                    }
                    if (MAYBE_WORDS.contains(word) || word.startsWith("truncat")
                            || (pair != null && MAYBE_PAIRS.contains(pair))) {
                        flags |= MAYBE_CLUTTER;
                    }
                    if (isCommentWord(word)) {
                        boolean negated = (before != null && NEGATIONS_BEFORE.contains(before))
                                || (after != null && STATES_AFTER.contains(after));
                        flags |= negated ? 0 : COMMENTS;
                    }
                    if (word.equals("pullquote") || word.equals("pullquotes") || "pull quote".equals(pair)) {
                        flags |= PULL_QUOTE;
                    }
                    if (CONTENT_WORDS.contains(word)) {
                        content = true;
                    }
                    if (STRONG_WORDS.contains(word) || (pair != null && STRONG_PAIRS.contains(pair))) {
                        flags |= STRONG_CONTENT;
                    }
                }
            }
        }
        if (clutter) {
            flags |= CLUTTER;
        }
        if (weak && !content) {
            flags |= WEAK_CLUTTER;
        }
        if (content) {
            flags |= CONTENT;
        }
        return flags;
    }

    private static boolean isCommentWord(String word) {
        // every element's every class word comes here: most are turned away by their first letter
        char first = word.isEmpty() ? ' ' : word.charAt(0);
        if (first != 'c' && first != 'k' && first != 'r' && first != 'd') {
            return false;
        }
        // "commentary" and "commentator" name opinion pieces and their authors, not readers' comments
        if (word.startsWith("commentator") || word.equals("commentary") || word.equals("commentaries")) {
            return false;
        }
        for (String prefix : COMMENT_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClutterWord(String word, List<String> words) {
        if (word.equals("social")) {
            // "social-media-embed" wraps an embedded post the article quotes
            return !words.contains("embed");
        }
        if (CLUTTER_WORDS.contains(word)) {
            return true;
        }
        for (String prefix : CLUTTER_PREFIXES) {
            if (word.startsWith(prefix)) {
                return !word.startsWith("social") || !words.contains("embed");
            }
        }
        return false;
    }

    private static List<String> classes(String value) {
        List<String> classes = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String name = value.substring(start, i);
                if (!isTaxonomy(name)) {
                    classes.add(name);
                }
                start = -1;
            }
        }
        return classes;
    }

    private static boolean isTaxonomy(String name) {
        for (String prefix : TAXONOMY_PREFIXES) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** "articleBody__inner" → [article, body, inner]; letters and digits stay together. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
