package io.github.narrator.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a news page says, without the page around it: metadata plus the body as sections.
 *
 * <p>Null where the page does not say: byline (no author named), publishedAt, modifiedAt, siteName,
 * leadImageUrl, description.
 * {@code language} is a BCP 47 tag ("en", "en-GB"); {@code canonicalUrl} falls back to the page URL.
 */
public record Article(
        String sourceUrl,
        String canonicalUrl,
        String title,
        @Nullable String byline,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime modifiedAt,
        String language,
        @Nullable String siteName,
        @Nullable String leadImageUrl,
        @Nullable String description,
        List<Section> sections) {

    public Article {
        sections = List.copyOf(sections);
    }

    /** This article filed under another address (the key its identity earned). */
    public Article withCanonicalUrl(String url) {
        return new Article(sourceUrl, url, title, byline, publishedAt, modifiedAt, language, siteName, leadImageUrl,
                description, sections);
    }

    /** The body as plain text: one paragraph a line, headings on lines of their own. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            if (section.heading() != null) {
                text.append(section.heading()).append('\n');
            }
            for (String paragraph : section.paragraphs()) {
                text.append(paragraph).append('\n');
            }
        }
        return text.toString();
    }

    /** Words of the body (headings included), counted on white space. */
    public int wordCount() {
        String body = bodyText().strip();
        return body.isEmpty() ? 0 : body.split("\\s+").length;
    }
}
