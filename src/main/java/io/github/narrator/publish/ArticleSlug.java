package io.github.narrator.publish;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

import io.github.narrator.dedupe.ContentHash;

/**
 * A folder name for an article: readable words from its URL plus a short hash of the whole URL.
 * Safe on every file system and in URLs, and stable forever for the same URL.
 */
public final class ArticleSlug {

    private static final int MAX_WORDS_LENGTH = 60;

    private ArticleSlug() {
    }

    public static String of(String url) {
        String words = words(lastPathSegment(url));
        String hash = ContentHash.sha256Hex(url).substring(0, 8);
        return words.isEmpty() ? "article-" + hash : words + "-" + hash;
    }

    private static String lastPathSegment(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            path = url;
        }
        if (path == null) {
            return "";
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i].replaceFirst("(?i)\\.(s?html?|php|aspx?)(\\.gz)?$", "");
            if (!segment.isBlank() && !segment.matches("(?i)index|amp|\\d{1,4}")) {
                return segment;
            }
        }
        return "";
    }

    private static String words(String segment) {
        String ascii = Normalizer.normalize(segment, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_WORDS_LENGTH) {
            slug = slug.substring(0, MAX_WORDS_LENGTH).replaceAll("-+[^-]*$", "");
        }
        return slug;
    }
}
