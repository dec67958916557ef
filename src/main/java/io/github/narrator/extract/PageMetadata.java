package io.github.narrator.extract;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself, before its body is read.
 *
 * <p>Every field but the two flags is null when no source on the page gives it.
 *
 * @param declaredLanguage the language the page declares (BCP 47); null when it declares none
 * @param articleBody      the JSON-LD {@code articleBody}; null when the page has none
 * @param headline         the page's {@code <h1>} text; null when it has no non-blank h1
 * @param listing          the page calls itself a listing (og:type website, CollectionPage, ...)
 * @param paywalled        the page says its article is not free to read
 */
record PageMetadata(
        @Nullable String title,
        @Nullable String byline,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable String declaredLanguage,
        @Nullable String canonicalUrl,
        @Nullable String siteName,
        @Nullable String leadImageUrl,
        @Nullable String description,
        @Nullable String articleBody,
        @Nullable String headline,
        boolean listing,
        boolean paywalled) {
}
