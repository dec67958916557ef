package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.PollingRoute;
import io.github.narrator.testing.Slow;

/**
 * A URL list on a slow site through the whole pipeline ({@code run --once}): its pages are fetched
 * several at a time but never more than the host's limit, each is narrated exactly once, a page
 * robots.txt disallows is recorded as failed, and a retry waits without holding the fetch thread.
 */
@Slow
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ConcurrentIngestTest {

    @TempDir
    Path work;

    private LocalHttpServer site;
    private final Map<String, Long> firstRequest = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requestCount = new ConcurrentHashMap<>();

    @BeforeEach
    void startSite() throws Exception {
        site = new LocalHttpServer();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    /** What the site does with a request before it serves the article; true when it has answered already. */
    @FunctionalInterface
    private interface Before {
        boolean answered(HttpExchange exchange, int attempt) throws Exception;
    }

    /** Serves a generated article at every path under {@code path}, after {@code before}. */
    private void article(String path, Before before) {
        site.route(path, exchange -> {
            String requested = exchange.getRequestURI().getPath();
            firstRequest.putIfAbsent(requested, System.nanoTime());
            int attempt = requestCount.computeIfAbsent(requested, key -> new AtomicInteger()).incrementAndGet();
            try {
                if (before.answered(exchange, attempt)) {
                    return;
                }
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
            LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8", ArticlePages.article(site.url(requested),
                    "Harbour story " + requested, "This is the story at " + requested + ".").getBytes(StandardCharsets.UTF_8));
        });
    }

    private void urlList(List<String> paths) {
        StringBuilder list = new StringBuilder();
        paths.forEach(path -> list.append(site.url(path)).append('\n'));
        site.page("/urls.txt", "text/plain", list.toString());
    }

    private BatchTracker.Summary runOnce(Map<String, String> settings) throws Exception {
        Path routes = PollingRoute.write(work.resolve("routes"), "slow-site", site.url("/urls.txt"), "url-list");
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", work.resolve("out").toString())
                .with("narrator.poll.repeat", "1")
                .with("narrator.workers", "2")
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.fetch.host.delay", "0s");
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            config = config.with(setting.getKey(), setting.getValue());
        }
        try (NarratorRunner runner = new NarratorRunner(config, routes, new PrintStream(PrintStream.nullOutputStream()), false)) {
            return runner.runOnce();
        }
    }

    @Test
    void aSlowSitesPagesAreFetchedSeveralAtATimeWithinItsLimitAndEachIsNarratedOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch threeIn = new CountDownLatch(3);
        article("/news/", (exchange, attempt) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            threeIn.countDown();
            // the first three wait for each other (a slow site), so more than one at a time is seen if allowed
            threeIn.await(20, TimeUnit.SECONDS);
            Thread.sleep(50);
            inFlight.decrementAndGet();
            return false;
        });
        article("/private/", (exchange, attempt) -> false);
        List<String> pages = List.of("/news/1", "/news/2", "/news/3", "/news/4", "/news/5", "/news/6", "/private/7");
        urlList(pages);

        BatchTracker.Summary summary = runOnce(Map.of("narrator.fetch.concurrency", "5",
                "narrator.fetch.host.max-in-flight", "3"));

        assertEquals(3, most.get(), "three pages of the site in flight at once, never more");
        assertEquals(6, summary.narrated(), summary.toString());
        assertEquals(1, summary.failed(), summary.toString());
        assertEquals(6, narrations().size(), "one narration per article");
        for (String page : pages.subList(0, 6)) {
            assertEquals(1, requestCount.get(page).get(), page + " fetched once");
        }
        assertFalse(requestCount.containsKey("/private/7"), "the disallowed page is never asked for");
        JsonNode refused = failure(site.url("/private/7"));
        assertEquals("fetch", refused.get("stage").asText());
        assertTrue(refused.get("reason").asText().contains("disallowed by robots.txt"), refused.toString());
        assertEquals(1, site.requests().stream().filter(request -> request.equals("GET /robots.txt")).count());
    }

    @Test
    void aPageWaitingToBeRetriedDoesNotHoldTheOnlyFetchThread() throws Exception {
        article("/news/", (exchange, attempt) -> {
            if (exchange.getRequestURI().getPath().equals("/news/busy") && attempt == 1) {
                exchange.getResponseHeaders().set("Retry-After", "2");
                LocalHttpServer.respond(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                return true;
            }
            return false;
        });
        urlList(List.of("/news/busy", "/news/next"));

        BatchTracker.Summary summary = runOnce(Map.of("narrator.fetch.concurrency", "1", "narrator.fetch.retries", "2"));

        assertEquals(2, summary.narrated(), summary.toString());
        assertEquals(2, requestCount.get("/news/busy").get(), "asked again after its Retry-After");
        double nextAfterBusy = (firstRequest.get("/news/next") - firstRequest.get("/news/busy")) / 1e9;
        assertTrue(nextAfterBusy < 1.5, "the next page was fetched " + nextAfterBusy
                + " s after the busy one: it should not wait for the busy one's retry 2 s later");
    }

    private List<Path> narrations() throws Exception {
        try (Stream<Path> dirs = Files.list(work.resolve("out").resolve("articles"))) {
            return dirs.filter(Files::isDirectory).toList();
        }
    }

    private JsonNode failure(String input) throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("out").resolve("failed"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                JsonNode record = Json.MAPPER.readTree(file.toFile());
                if (record.get("input").asText().equals(input)) {
                    return record;
                }
            }
        }
        throw new AssertionError("no failure record for " + input);
    }
}
