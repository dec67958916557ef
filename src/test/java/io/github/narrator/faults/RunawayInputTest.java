package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.testing.Slow;

/**
 * Inputs that would keep a worker busy for hours: a page whose body never ends, a local page as
 * long as a library, and a narration still running when the run is told to stop. Each is refused
 * before synthesis, or recorded, and the run never ends with an input neither narrated nor failed.
 */
@Slow
class RunawayInputTest {

    private static final String SENTENCE = "The council voted on Tuesday to extend the bridge closure by three weeks. ";

    @TempDir
    Path work;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // the body never ends: only refusing it ends the test
    void aPageWhoseBodyNeverEndsIsRefusedBeforeSynthesisWithItsLength() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            site.on("/endless", (socket, out, attempt) -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n"
                        + "<html><head><title>Endless</title></head><body><article><h1>Endless</h1>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] paragraph = ("<p>" + SENTENCE.repeat(20) + "</p>\n").getBytes(StandardCharsets.UTF_8);
                try {
                    while (true) {
                        out.write(paragraph);
                    }
                } catch (SocketException clientGaveUp) {
                    // the fetcher stops reading at its size cap
                }
            });
            site.on("/list.txt", FaultyServer.status(200, site.url("/endless") + "\n"));
            PipelineRun run = new PipelineRun(work).set("narrator.fetch.max-bytes", String.valueOf(1 << 20));

            BatchTracker.Summary summary = run.once("url-list", site.url("/list.txt"));

            assertEquals(1, summary.failed(), summary.toString());
            JsonNode failure = run.failures().get(site.url("/endless"));
            assertEquals("extract", failure.get("stage").asText(), failure.toString());
            String reason = failure.get("reason").asText();
            assertTrue(reason.matches("article too long: [0-9,]+ words, more than narrator.extract.max-words \\(50,000\\).*"
                    + "cut at the fetch size cap.*"), reason);
            assertEquals(List.of(), run.narrations());
            assertNoStaging(run.out());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void convertOfABookLengthPageFailsWithItsLengthAndExitStatusTwo() throws Exception {
        Path page = work.resolve("book.html");
        try (var writer = Files.newBufferedWriter(page)) {
            writer.write("<html><head><title>A book</title></head><body><article><h1>A book</h1>");
            for (int i = 0; i < 1_000; i++) {
                writer.write("<p>" + SENTENCE.repeat(5) + "</p>\n"); // 65,000 words
            }
            writer.write("</article></body></html>");
        }
        BatchTracker.Summary summary;
        try (NarratorRunner runner = new NarratorRunner(config(), null, quiet(), false)) {
            summary = runner.convert(List.of(page.toString()));
        }
        assertEquals(1, summary.failed(), summary.toString());
        assertEquals(2, summary.exitCode());
        JsonNode failure = failures().get(page.toUri().toString());
        assertTrue(failure.get("reason").asText().startsWith("article too long: 65,00"), failure.toString());
        assertNoStaging(work.resolve("out"));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aNarrationStillRunningWhenTheRunStopsIsRecordedNotLost() throws Exception {
        Path page = work.resolve("long.html");
        Files.writeString(page, "<html><head><title>Long</title></head><body><article><h1>Long</h1>"
                + ("<p>" + SENTENCE.repeat(10) + "</p>\n").repeat(300) + "</article></body></html>"); // 39,000 words
        NarratorRunner runner = new NarratorRunner(config().with("narrator.stage.shutdown-timeout", "1s"), null, quiet(), false);
        BatchTracker tracker = runner.tracker();
        try {
            runner.start();
            runner.submit(page.toString());
            Path staging = work.resolve("out/.staging");
            while (!Files.isDirectory(staging) || isEmpty(staging)) {
                Thread.sleep(20); // the worker has begun: a narration of about four hours of audio
            }
        } finally {
            runner.close(); // as when the user stops a run: narrations in progress get a moment, then are recorded
        }
        BatchTracker.Summary summary = tracker.summary();
        assertEquals(0, summary.narrated(), summary.toString());
        assertEquals(1, summary.failed(), summary.toString());
        assertEquals(2, summary.exitCode());
        JsonNode failure = failures().get(page.toUri().toString());
        assertTrue(failure != null, "the interrupted input is in failed/: " + failures().keySet());
        assertTrue(failure.get("retryable").asBoolean(), failure.toString());
        assertFalse(Files.exists(work.resolve("out/articles")) && !isEmpty(work.resolve("out/articles")));
    }

    private NarratorConfig config() {
        return NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", work.resolve("out").toString())
                .with("narrator.workers", "1");
    }

    private static PrintStream quiet() {
        return new PrintStream(PrintStream.nullOutputStream());
    }

    private Map<String, JsonNode> failures() throws IOException {
        return new PipelineRun(work).failures();
    }

    private static void assertNoStaging(Path out) throws IOException {
        Path staging = out.resolve(".staging");
        assertTrue(!Files.isDirectory(staging) || isEmpty(staging), "nothing was staged for synthesis");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
