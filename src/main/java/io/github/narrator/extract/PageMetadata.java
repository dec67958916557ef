package io.github.narrator.extract;

import java.time.OffsetDateTime;

/**
 * What a page says about itself, before its body is read.
 *
 * @param declaredLanguage the language the page declares (BCP 47), or null
 * @param articleBody      the JSON-LD {@code articleBody}, or null
 * @param headline         the page's {@code <h1>} text, or null
 * @param listing          the page calls itself a listing (og:type website, CollectionPage, ...)
 * @param paywalled        the page says its article is not free to read
 */
record PageMetadata(
        String title,
        String byline,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        String declaredLanguage,
        String canonicalUrl,
        String siteName,
        String leadImageUrl,
        String description,
        String articleBody,
        String headline,
        boolean listing,
        boolean paywalled) {
}
