package io.github.narrator.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Says why a page is not an article worth narrating, or nothing when it is one. */
final class PageClassifier {

    private static final Pattern NOT_FOUND = Pattern.compile(
            "\\b(404|page not found|not found|page (does not|doesn't|cannot be|can't be) (exist|found)"
                    + "|no longer (available|exists)|page unavailable|server error|error 404|410 gone)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SEARCH_TITLE = Pattern.compile(
            "\\b(search results?|results for|you searched for)\\b", Pattern.CASE_INSENSITIVE);

    /** A search path ("/search", "/search/") or query ("?q=", "?s=" as WordPress has it). */
    private static final Pattern SEARCH_URL = Pattern.compile(
            "^[a-z]+://[^/?#]+(/[^?#]*)?/search(/|\\?|#|$)|[?&](q|s|query|search)=", Pattern.CASE_INSENSITIVE);

    /** A listing or an error page may carry this many words of blurbs and still be refused. */
    private static final int FEW_WORDS = 200;

    private PageClassifier() {
    }

    /**
     * Why the page is not an article; null when it is one.
     *
     * @param url        where the page came from; null when not known, and no URL rule applies
     * @param title      the page's headline or title; null when the page has none, and no title rule applies
     * @param words      words of extracted body text
     * @param links      links on the whole page
     */
    static @Nullable String refusal(PageMetadata metadata, @Nullable String url, @Nullable String title, int words,
                                    int links, int linkedHeadings, int minWords) {
        if (words < FEW_WORDS && title != null && NOT_FOUND.matcher(title).find()) {
            return "not an article: error page \"" + title + "\" with " + words + " words of text";
        }
        if (words < FEW_WORDS && (title != null && SEARCH_TITLE.matcher(title).find()
                || url != null && SEARCH_URL.matcher(url).find())) {
            return String.format(Locale.ROOT, "not an article: search results page with %d links", links);
        }
        if (words < FEW_WORDS && (metadata.listing() || linkedHeadings >= 5)) {
            return String.format(Locale.ROOT, "not an article: section index with %d links and %s", links,
                    words == 0 ? "no body text" : "only " + words + " words of body text");
        }
        if (words < minWords && metadata.paywalled()) {
            return "not an article: paywall stub with only " + words + " words of text";
        }
        if (words == 0) {
            return "no article text found";
        }
        if (words < minWords) {
            return "no article text found: only " + words + " words of body text (at least " + minWords + " needed)";
        }
        return null;
    }
}
