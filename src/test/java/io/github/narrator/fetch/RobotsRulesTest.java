package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.narrator.testing.LocalHttpServer;

/** robots.txt through the page fetcher, served from 127.0.0.1. */
@Timeout(60)
class RobotsRulesTest {

    private static final String PAGE = "<html><body><p>An article.</p></body></html>";

    private LocalHttpServer server;
    private final SourcePolicy loopback = SourcePolicy.publicWeb().withPrivateAddresses(true);

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer()
                .page("/news/", "text/html", PAGE)
                .page("/private/", "text/html", PAGE)
                .page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static PageFetcher fetcher(PolitenessSettings politeness) {
        return new PageFetcher(new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20, 3,
                "Narrator/test", false), politeness);
    }

    private static PolitenessSettings robots(String agent, Duration maxCrawlDelay) {
        return new PolitenessSettings(true, agent, maxCrawlDelay, 4, Duration.ZERO);
    }

    private void robotsTxt(String rules) {
        server.page("/robots.txt", "text/plain", rules);
    }

    private long requestsFor(String path) {
        return server.requests().stream().filter(request -> request.equals("GET " + path)).count();
    }

    @Test
    void aPageRobotsTxtDisallowsIsNotFetchedAndSaysWhy() throws Exception {
        robotsTxt("User-agent: *\nDisallow: /private/\n");
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        FetchException refused = assertThrows(FetchException.class,
                () -> fetcher.fetch(server.url("/private/a"), loopback, Validators.NONE));
        assertTrue(refused.getMessage().contains("disallowed by robots.txt for user-agent 'narrator'"), refused.getMessage());
        assertFalse(refused.retryable());
        assertEquals(0, requestsFor("/private/a"), "the disallowed page itself is never asked for");
        assertTrue(fetcher.fetch(server.url("/news/a"), loopback, Validators.NONE).isPresent());
    }

    @Test
    void theGroupNamingOurTokenWinsOverTheStarGroup() throws Exception {
        robotsTxt("User-agent: *\nDisallow: /\n\nUser-agent: narrator\nDisallow: /private/\n\nUser-agent: other-bot\nAllow: /\n");
        PageFetcher ours = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        assertTrue(ours.fetch(server.url("/news/a"), loopback, Validators.NONE).isPresent());
        assertThrows(FetchException.class, () -> ours.fetch(server.url("/private/a"), loopback, Validators.NONE));

        PageFetcher stranger = fetcher(robots("stranger", Duration.ofSeconds(30)));
        assertThrows(FetchException.class, () -> stranger.fetch(server.url("/news/a"), loopback, Validators.NONE),
                "a token no group names gets the * group");
    }

    @Test
    void robotsTxtIsReadOnceForManyPagesFetchedAtOnce() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        server.route("/robots.txt", exchange -> {
            reads.incrementAndGet();
            sleep(200); // long enough for every page to ask while it is being read
            LocalHttpServer.respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes());
        });
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> pages = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String url = server.url("/news/" + i);
                pages.add(threads.submit(() -> fetcher.fetch(url, loopback, Validators.NONE).orElseThrow()));
            }
            for (Future<?> page : pages) {
                page.get(20, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(fetcher.fetch(server.url("/news/later"), loopback, Validators.NONE).isPresent());
        assertEquals(1, reads.get(), "one read of robots.txt for the whole site");
    }

    @Test
    void noRobotsTxtAllowsEverything() throws Exception {
        server.route("/robots.txt", exchange -> LocalHttpServer.respond(exchange, 404, "text/plain", "none".getBytes()));
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        assertTrue(fetcher.fetch(server.url("/private/a"), loopback, Validators.NONE).isPresent());
        assertEquals(1, requestsFor("/robots.txt"));
    }

    @Test
    void anUnreadableRobotsTxtFailsThePageForNowAndIsReadAgainLater() throws Exception {
        AtomicInteger answers = new AtomicInteger();
        server.route("/robots.txt", exchange -> {
            if (answers.incrementAndGet() == 1) {
                LocalHttpServer.respond(exchange, 503, "text/plain", "busy".getBytes());
            } else {
                LocalHttpServer.respond(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes());
            }
        });
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        FetchException unreadable = assertThrows(FetchException.class,
                () -> fetcher.fetch(server.url("/news/a"), loopback, Validators.NONE));
        assertTrue(unreadable.retryable(), "a later attempt may succeed");
        assertTrue(unreadable.getMessage().contains("robots.txt could not be read"), unreadable.getMessage());
        assertTrue(unreadable.getMessage().contains("HTTP 503"), unreadable.getMessage());
        assertEquals(0, requestsFor("/news/a"), "nothing is fetched from a site whose rules are unknown");

        assertTrue(fetcher.fetch(server.url("/news/a"), loopback, Validators.NONE).isPresent());
        assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/private/a"), loopback, Validators.NONE));
    }

    @Test
    void pagesOfASiteAreTheCrawlDelayApart() throws Exception {
        robotsTxt("User-agent: *\nCrawl-delay: 0.4\n");
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        long before = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(server.url("/news/" + i), loopback, Validators.NONE).orElseThrow();
        }
        double seconds = (System.nanoTime() - before) / 1e9;
        assertTrue(seconds >= 0.8, "3 pages 0.4 s apart took " + seconds + " s");
    }

    @Test
    void aCrawlDelayLongerThanTheLimitIsRefusedNamingTheSetting() throws Exception {
        robotsTxt("User-agent: *\nCrawl-delay: 120\n");
        PageFetcher fetcher = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        FetchException refused = assertThrows(FetchException.class,
                () -> fetcher.fetch(server.url("/news/a"), loopback, Validators.NONE));
        assertTrue(refused.getMessage().contains("Crawl-delay of 120 s, more than narrator.fetch.robots.max-crawl-delay (30 s)"),
                refused.getMessage());
        assertEquals(0, requestsFor("/news/a"));
    }

    @Test
    void feedsAndTheFetcherWithoutPolitenessIgnoreRobotsTxt() throws Exception {
        robotsTxt("User-agent: *\nDisallow: /\n");
        PageFetcher polite = fetcher(robots("Narrator", Duration.ofSeconds(30)));
        assertTrue(polite.fetchDocument(server.url("/feed.xml"), loopback).body().length > 0,
                "a feed is the user's own choice of document");
        assertTrue(fetcher(PolitenessSettings.NONE).fetch(server.url("/news/a"), loopback, Validators.NONE).isPresent());
    }

    @Test
    void robotsTxtIsAtTheRootOfTheOrigin() throws Exception {
        assertEquals(URI.create("https://news.example:8443/robots.txt"),
                RobotsRules.robotsTxtOf(URI.create("https://news.example:8443/a/b?c=d#e")));
        assertEquals(URI.create("http://news.example/robots.txt"), RobotsRules.robotsTxtOf(URI.create("HTTP://news.example/a")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
