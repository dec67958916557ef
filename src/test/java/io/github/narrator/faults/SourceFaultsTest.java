package io.github.narrator.faults;

import io.github.narrator.config.NarratorConfig;
import static io.github.narrator.faults.FaultyServer.cutBody;
import static io.github.narrator.faults.FaultyServer.firstFailing;
import static io.github.narrator.faults.FaultyServer.html;
import static io.github.narrator.faults.FaultyServer.neverAnswer;
import static io.github.narrator.faults.FaultyServer.reset;
import static io.github.narrator.faults.FaultyServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.Slow;

/**
 * A source that fails in every way a web server can, served from 127.0.0.1 and read through the
 * whole Camel pipeline: permanent errors are recorded at once, transient ones retried with back-off
 * (and Retry-After honoured) before they are recorded, the batch goes on past each of them, and a
 * later run tries the failed pages again.
 */
@Slow
class SourceFaultsTest {

    /** Paths that fail on every attempt of the first run, with whether a retry may help. */
    private static final Map<String, Boolean> ALWAYS_FAILING = Map.of(
            "/404", false, "/410", false, "/500", true, "/503", true,
            "/reset", true, "/never-answers", true, "/cut-mid-body", true, "/429-for-an-hour", true);
    private static final int RETRIES = 2;

    @TempDir
    Path work;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard
    void eachFaultIsRecordedOrRetriedAndTheBatchGoesOn() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            site.on("/404", status(404, "gone"))
                .on("/410", status(410, "gone for good"))
                .on("/500", status(500, "oops"))
                .on("/503", status(503, "busy"))
                .on("/reset", reset())
                .on("/never-answers", neverAnswer())
                .on("/cut-mid-body", cutBody(50_000, 1_000))
                .on("/429-for-an-hour", status(429, "slow down", "Retry-After: 3600"))
                .on("/429-then-ok", firstFailing(1, status(429, "slow down", "Retry-After: 1"), page(site, "/429-then-ok")))
                .on("/503-then-ok", firstFailing(2, status(503, "busy"), page(site, "/503-then-ok")))
                .on("/ok", page(site, "/ok"));
            StringBuilder list = new StringBuilder();
            for (String path : List.of("/404", "/410", "/500", "/503", "/reset", "/never-answers", "/cut-mid-body",
                    "/429-for-an-hour", "/429-then-ok", "/503-then-ok", "/ok")) {
                list.append(site.url(path)).append('\n');
            }
            site.on("/list.txt", (socket, out, attempt) -> FaultyServer.respond(out, 200, "text/plain",
                    list.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

            PipelineRun run = new PipelineRun(work)
                    .set("narrator.fetch.retries", String.valueOf(RETRIES))
                    .set("narrator.fetch.read-timeout", "1s");
            BatchTracker.Summary first = run.once("url-list", site.url("/list.txt"));

            Map<String, JsonNode> failures = run.failures();
            for (Map.Entry<String, Boolean> fault : ALWAYS_FAILING.entrySet()) {
                String path = fault.getKey();
                JsonNode record = failures.get(site.url(path));
                assertTrue(record != null, path + " has a failure record");
                assertEquals("fetch", record.get("stage").asText(), path);
                assertEquals(fault.getValue(), record.get("retryable").asBoolean(), path + ": " + record);
                assertEquals(1, record.get("attempts").asInt(), path);
                boolean retriedNow = fault.getValue() && !path.equals("/429-for-an-hour");
                int requests = site.hits(path).size();
                if (path.equals("/reset")) {
                    // The JDK's HttpClient itself tries a GET once more when the connection drops before any answer.
                    assertTrue(requests >= 1 + RETRIES && requests <= 2 * (1 + RETRIES), path + " requests: " + requests);
                } else {
                    assertEquals(retriedNow ? 1 + RETRIES : 1, requests, path + " requests");
                }
            }
            assertReason(failures, site.url("/404"), "HTTP 404");
            assertReason(failures, site.url("/410"), "HTTP 410");
            assertReason(failures, site.url("/500"), "HTTP 500");
            assertReason(failures, site.url("/503"), "HTTP 503");
            assertReason(failures, site.url("/429-for-an-hour"), "Retry-After 3600 s");
            assertReason(failures, site.url("/never-answers"), "timed out");
            assertReason(failures, site.url("/reset"), "connection");
            assertReason(failures, site.url("/cut-mid-body"), "connection");

            // Retry-After: 1 is waited for in full; back-off doubles from 50 ms.
            assertTrue(gap(site, "/429-then-ok", 0).toMillis() >= 1000, "Retry-After honoured: " + gap(site, "/429-then-ok", 0));
            assertTrue(gap(site, "/503-then-ok", 0).toMillis() >= 50, "first back-off");
            assertTrue(gap(site, "/503-then-ok", 1).toMillis() >= 100, "second back-off doubles");

            assertEquals(3, first.narrated(), first.toString());
            assertEquals(ALWAYS_FAILING.size(), first.failed(), first.toString());
            assertEquals(ALWAYS_FAILING.size(), failures.size(), failures.keySet().toString());

            // A later run, the site healed: every failed page is fetched again and narrated; failures/ empties.
            for (String path : ALWAYS_FAILING.keySet()) {
                site.on(path, page(site, path));
            }
            BatchTracker.Summary second = run.once("url-list", site.url("/list.txt"));
            assertEquals(ALWAYS_FAILING.size(), second.narrated(), second.toString());
            assertEquals(3, second.unchanged(), second.toString());
            assertEquals(0, second.failed(), second.toString());
            assertTrue(run.failures().isEmpty(), "failure records are cleared once narrated");
            assertEquals(3 + ALWAYS_FAILING.size(), run.narrations().size());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBodyTricklingForeverIsCutAtTheTimeLimitAndItsConnectionClosed() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        try (FaultyServer site = new FaultyServer()) {
            site.on("/trickle", (socket, out, attempt) -> {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000000\r\n\r\n<p>"
                        .getBytes(StandardCharsets.ISO_8859_1));
                try {
                    while (true) {
                        out.write('a');
                        out.flush();
                        Thread.sleep(20);
                    }
                } catch (IOException closedByTheClient) {
                    clientGone.countDown();
                } catch (InterruptedException serverStopping) {
                    Thread.currentThread().interrupt();
                }
            });
            PageFetcher fetcher = new PageFetcher(NarratorConfig.defaults().with("narrator.fetch.connect-timeout", "1s")
                    .with("narrator.fetch.read-timeout", "1s").with("narrator.fetch.allow-private-addresses", "true")
                    .fetchSettings());

            FetchException failure = assertThrows(FetchException.class,
                    () -> fetcher.fetch(site.url("/trickle"), SourcePolicy.publicWeb(), Validators.NONE));

            assertTrue(failure.getMessage().contains("timed out"), failure.getMessage());
            assertTrue(failure.retryable());
            assertTrue(clientGone.await(20, TimeUnit.SECONDS), "the connection was closed, not read on in the background");
        }
    }

    private static FaultyServer.Behaviour page(FaultyServer site, String path) {
        return html(ArticlePages.article(site.url(path), "Harbour plan, part " + path.replaceAll("[^a-z]", " ").strip(),
                "This is the story served at " + path.replaceAll("\\W", " ").strip() + "."));
    }

    private static Duration gap(FaultyServer site, String path, int after) {
        List<FaultyServer.Hit> hits = site.hits(path);
        assertTrue(hits.size() > after + 1, path + " was requested again");
        return Duration.ofNanos(hits.get(after + 1).nanos() - hits.get(after).nanos());
    }

    private static void assertReason(Map<String, JsonNode> failures, String input, String expected) {
        String reason = failures.get(input).get("reason").asText();
        assertTrue(reason.contains(expected), input + ": reason '" + reason + "' should say " + expected);
        assertFalse(reason.isBlank());
    }
}
