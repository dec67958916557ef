package io.github.narrator.extract;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the work an article costs bounded by what an article can be. A page that never ends (a
 * server streaming text until the size cap) or a whole book in one page would otherwise be narrated
 * for hours and then thrown away at the stage's time limit; it is refused instead, before synthesis,
 * with its length in the reason. A title or byline longer than any real one (a 50 KB headline in a
 * page's JSON-LD) is cut at a word boundary: it is spoken, tagged and listed in the feed.
 */
public final class ArticleLimits {

    /** Characters of a title kept: far more than any headline, well short of a paragraph run wild. */
    public static final int MAX_TITLE_CHARS = 300;
    /** Characters of a byline kept: several authors with their roles. */
    public static final int MAX_BYLINE_CHARS = 200;

    private final int maxWords;

    /** @param maxWords the longest article narrated, in words (narrator.extract.max-words) */
    public ArticleLimits(int maxWords) {
        this.maxWords = maxWords;
    }

    /**
     * The article with its title and byline cut to size.
     *
     * @param truncated whether the page was cut at the fetch size cap (said in the reason)
     * @throws ExtractionException when its body has more than the most words narrated
     */
    public Article check(Article article, boolean truncated) throws ExtractionException {
        int words = article.wordCount();
        if (words > maxWords) {
            throw new ExtractionException(String.format(Locale.ROOT,
                    "article too long: %,d words, more than narrator.extract.max-words (%,d)%s", words, maxWords,
                    truncated ? "; the page was cut at the fetch size cap, so it may be longer still" : ""));
        }
        String title = shortened(article.title(), MAX_TITLE_CHARS);
        String byline = shortened(article.byline(), MAX_BYLINE_CHARS);
        if (title == article.title() && byline == article.byline()) {
            return article;
        }
        return new Article(article.sourceUrl(), article.canonicalUrl(), title, byline, article.publishedAt(),
                article.modifiedAt(), article.language(), article.siteName(), article.leadImageUrl(),
                article.description(), article.sections());
    }

    /** {@code text} cut after its last whole word within {@code max} characters, with an ellipsis; null stays null. */
    static @Nullable String shortened(@Nullable String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1; // one long run of letters: cut inside it
        }
        return text.substring(0, cut).strip() + "…";
    }
}
