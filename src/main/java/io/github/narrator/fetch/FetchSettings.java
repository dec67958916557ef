package io.github.narrator.fetch;

import java.time.Duration;

import io.github.narrator.NarratorVersion;

/**
 * How politely and how far the fetcher goes.
 *
 * @param connectTimeout        time to open a connection
 * @param readTimeout           time for the whole response, headers and body
 * @param maxBytes              pages are cut at this size (after decompression)
 * @param maxRedirects          redirects followed before giving up
 * @param userAgent             sent with every request
 * @param allowPrivateAddresses whether loopback and private networks may be fetched (tests only)
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRedirects,
        String userAgent,
        boolean allowPrivateAddresses) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, 5,
                defaultUserAgent(), false);
    }

    public static String defaultUserAgent() {
        return NarratorVersion.productToken() + " (article narration; +https://github.com/narrator)";
    }

    public FetchSettings withAllowPrivateAddresses(boolean allow) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, allow);
    }
}
