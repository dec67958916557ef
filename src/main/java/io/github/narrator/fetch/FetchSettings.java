package io.github.narrator.fetch;

import java.time.Duration;

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

    FetchSettings withAllowPrivateAddresses(boolean allow) {
        return new FetchSettings(connectTimeout, readTimeout, maxBytes, maxRedirects, userAgent, allow);
    }
}
