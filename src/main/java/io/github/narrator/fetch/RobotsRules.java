package io.github.narrator.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * What each site's robots.txt allows Narrator to fetch, read once per origin (scheme, host, port) and
 * kept for a day, as RFC 9309 describes: a missing file (4xx) allows everything; a file that cannot be
 * read for now (5xx, 429, a network failure) fetches nothing from that site until it can be, so its
 * pages fail as retryable. Concurrent pages of a new site wait for one read of its robots.txt.
 */
final class RobotsRules {

    /** Fetches a robots.txt file within a source's policy (and the host's politeness). */
    @FunctionalInterface
    interface Download {
        FetchedPage fetch(URI robotsTxt, SourcePolicy policy) throws FetchException;
    }

    /** How long a site's rules are used before robots.txt is read again (RFC 9309: at most a day). */
    static final Duration LIFETIME = Duration.ofHours(24);

    private static final SimpleRobotRules ALLOW_ALL = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);

    /** Rules read at a time, so that a stale entry is read again. */
    private record Entry(BaseRobotRules rules, long readAtNanos) {
        boolean stale() {
            return System.nanoTime() - readAtNanos > LIFETIME.toNanos();
        }
    }

    // no limit of its own: a long Crawl-delay is refused here, with the setting named, not by the parser
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    private final String agent;
    private final Duration maxCrawlDelay;
    private final Download download;
    private final Map<String, CompletableFuture<Entry>> byOrigin = new ConcurrentHashMap<>();

    RobotsRules(String agent, Duration maxCrawlDelay, Download download) {
        this.agent = agent;
        this.maxCrawlDelay = maxCrawlDelay;
        this.download = download;
    }

    /**
     * Throws unless the site's robots.txt lets {@link #agent} fetch {@code page}.
     *
     * @return the Crawl-delay the site asks for, or zero when it asks for none
     */
    Duration check(URI page, SourcePolicy policy) throws FetchException {
        BaseRobotRules rules = rulesFor(page, policy);
        if (!rules.isAllowed(page.toString())) {
            throw FetchException.permanent(page.toString(), "disallowed by robots.txt for user-agent '" + agent + "'");
        }
        long millis = rules.getCrawlDelay();
        if (millis <= 0) {
            return Duration.ZERO; // also BaseRobotRules.UNSET_CRAWL_DELAY
        }
        Duration crawlDelay = Duration.ofMillis(millis);
        if (crawlDelay.compareTo(maxCrawlDelay) > 0) {
            throw FetchException.permanent(page.toString(), "robots.txt asks for a Crawl-delay of " + seconds(crawlDelay)
                    + ", more than narrator.fetch.robots.max-crawl-delay (" + seconds(maxCrawlDelay) + ")");
        }
        return crawlDelay;
    }

    private BaseRobotRules rulesFor(URI page, SourcePolicy policy) throws FetchException {
        String origin = origin(page);
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> known = byOrigin.putIfAbsent(origin, mine);
            if (known == null) {
                return read(page, policy, origin, mine).rules();
            }
            Entry entry = await(known, page);
            if (!entry.stale()) {
                return entry.rules();
            }
            byOrigin.remove(origin, known); // and read it again
        }
    }

    /** Reads the origin's robots.txt into {@code slot}; a failure is handed to everyone waiting, and not kept. */
    private Entry read(URI page, SourcePolicy policy, String origin, CompletableFuture<Entry> slot) throws FetchException {
        try {
            Entry entry = new Entry(parse(page, policy), System.nanoTime());
            slot.complete(entry);
            return entry;
        } catch (FetchException | RuntimeException e) {
            byOrigin.remove(origin, slot);
            slot.completeExceptionally(e);
            throw e;
        }
    }

    private BaseRobotRules parse(URI page, SourcePolicy policy) throws FetchException {
        URI robotsTxt = robotsTxtOf(page);
        FetchedPage file;
        try {
            file = download.fetch(robotsTxt, policy);
        } catch (FetchException e) {
            if (e.retryable()) {
                throw new FetchException(page.toString(), "robots.txt could not be read (" + e.getMessage()
                        + "); the site's pages are not fetched until it can be", e.status(), true, e.retryAfter());
            }
            // 4xx, or a redirect that could not be followed: the site has no rules for us
            return ALLOW_ALL;
        }
        return parser.parseContent(robotsTxt.toString(), file.body(), file.contentType(), List.of(agent));
    }

    private static Entry await(CompletableFuture<Entry> read, URI page) throws FetchException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure(page.toString(), "interrupted while robots.txt was read");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException failure) {
                // the same failure, told about this page
                throw new FetchException(page.toString(), reasonOf(failure), failure.status(), failure.retryable(),
                        failure.retryAfter());
            }
            throw new IllegalStateException("reading robots.txt failed", e.getCause());
        }
    }

    private static String reasonOf(FetchException failure) {
        String prefix = failure.url() + ": ";
        String message = failure.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String origin(URI page) {
        return page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getHost().toLowerCase(Locale.ROOT) + ":" + port(page);
    }

    private static int port(URI page) {
        if (page.getPort() != -1) {
            return page.getPort();
        }
        return "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
    }

    static URI robotsTxtOf(URI page) throws FetchException {
        try {
            return new URI(page.getScheme().toLowerCase(Locale.ROOT), null, page.getHost(), page.getPort(), "/robots.txt",
                    null, null);
        } catch (URISyntaxException e) {
            throw FetchException.permanent(page.toString(), "no robots.txt address for this URL: " + e.getMessage());
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }
}
