package io.github.narrator.fetch;

import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * The bytes of a fetched page and what is needed to decode and revisit it.
 *
 * @param requestedUrl  the URL asked for
 * @param finalUrl      the URL after redirects (relative links resolve against it)
 * @param body          the body, decompressed and cut at the size cap
 * @param contentType   the Content-Type header; null for local files (sniffed instead)
 * @param truncated     whether the body was cut at the size cap
 * @param validators    ETag / Last-Modified, for a conditional GET next time
 */
public record FetchedPage(
        String requestedUrl,
        String finalUrl,
        byte[] body,
        @Nullable String contentType,
        boolean truncated,
        Validators validators) {

    /** The charset the page is in: from its byte-order mark, its Content-Type or its meta tag. */
    public Charset charset() {
        return CharsetDetector.detect(body, contentType);
    }

    /** The page as text. */
    public String html() {
        return CharsetDetector.decode(body, charset());
    }
}
