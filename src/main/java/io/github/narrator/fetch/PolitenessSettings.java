package io.github.narrator.fetch;

import java.time.Duration;
import java.util.Locale;

/**
 * How considerately pages are fetched from each host.
 *
 * @param obeyRobots       whether robots.txt is read and obeyed for article pages
 * @param robotsAgent      the product token whose robots.txt group applies (the {@code *} group when none names it)
 * @param maxCrawlDelay    a host whose robots.txt asks for a longer Crawl-delay is not fetched from
 * @param maxInFlight      requests to one host in flight at once, at most
 * @param hostDelay        time between the starts of two requests to one host, at least
 */
public record PolitenessSettings(boolean obeyRobots, String robotsAgent, Duration maxCrawlDelay, int maxInFlight,
                                 Duration hostDelay) {

    /** No robots.txt and no limits per host: for callers that fetch one page now and then. */
    public static final PolitenessSettings NONE =
            new PolitenessSettings(false, "narrator", Duration.ZERO, Integer.MAX_VALUE, Duration.ZERO);

    public PolitenessSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("requests in flight per host must be at least 1, not " + maxInFlight);
        }
        if (hostDelay.isNegative() || maxCrawlDelay.isNegative()) {
            throw new IllegalArgumentException("delays cannot be negative");
        }
        // robots.txt user-agent lines are matched case-insensitively (RFC 9309)
        robotsAgent = robotsAgent.strip().toLowerCase(Locale.ROOT);
    }
}
