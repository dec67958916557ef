package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.Mp3File;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.PollingRoute;
import io.github.narrator.testing.Slow;

/**
 * The whole pipeline through Camel, as a user runs it: a YAML route polls a feed served from
 * 127.0.0.1, every article is fetched, narrated and published, a broken page is filed under
 * failed/, a second run narrates nothing, and a changed article is narrated again.
 */
@Slow
class PipelineEndToEndTest {

    private static final Path SAMPLES = Path.of("samples", "articles");

    @TempDir
    Path work;

    private LocalHttpServer server;
    private final AtomicReference<String> fedRates = new AtomicReference<>();

    @BeforeEach
    void serveSite() throws Exception {
        fedRates.set(Files.readString(SAMPLES.resolve("arc-fed-rates.html")));
        server = new LocalHttpServer()
                .page("/news/lavrov-rubio", "text/html; charset=utf-8", Files.readString(SAMPLES.resolve("kyiv-independent-lavrov-rubio.html")))
                .page("/news/broken", "text/html", Files.readString(Path.of("samples", "failures", "broken.html")))
                .route("/news/fed-rates", exchange -> LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8",
                        fedRates.get().getBytes(StandardCharsets.UTF_8)));
        server.page("/feed.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test news</title><link>%1$s</link><description>d</description>
                  <item><title>Lavrov</title><link>%1$s/news/lavrov-rubio</link></item>
                  <item><title>Fed</title><link>%1$s/news/fed-rates</link></item>
                  <item><title>Broken</title><link>%1$s/news/broken</link></item>
                </channel></rss>""".formatted(server.url("")));
        PollingRoute.write(work.resolve("routes"), "test-feed", server.url("/feed.xml"), "feed");
    }

    @AfterEach
    void stopSite() {
        server.close();
    }

    private BatchTracker.Summary runOnce() throws Exception {
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", work.resolve("out").toString())
                .with("narrator.poll.repeat", "1")
                .with("narrator.workers", "2")
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.fetch.retries", "1")
                .with("narrator.fetch.retry-delay", "0.01s");
        try (NarratorRunner runner = new NarratorRunner(config, work.resolve("routes"), new PrintStream(PrintStream.nullOutputStream()), false)) {
            return runner.runOnce();
        }
    }

    @Test
    void narratesOnceFilesFailuresAndNarratesAgainOnChange() throws Exception {
        BatchTracker.Summary first = runOnce();
        assertEquals(2, first.narrated(), first.toString());
        assertEquals(1, first.failed(), first.toString());

        Path articles = work.resolve("out/articles");
        List<Path> dirs = list(articles);
        assertEquals(2, dirs.size());
        for (Path dir : dirs) {
            assertPublishedNarration(dir);
        }
        List<Path> failures = list(work.resolve("out/failed"));
        assertEquals(1, failures.size());
        JsonNode failure = Json.MAPPER.readTree(failures.get(0).toFile());
        assertEquals(server.url("/news/broken"), failure.get("input").asText());
        assertEquals("extract", failure.get("stage").asText());
        assertFalse(failure.get("reason").asText().isBlank());

        BatchTracker.Summary second = runOnce();
        assertEquals(0, second.narrated(), second.toString());
        assertEquals(2, second.unchanged(), second.toString());

        // its canonical link names another site, so it is keyed by its own address (/news/fed-rates)
        Path fedDir = dirs.stream().filter(d -> d.getFileName().toString().contains("fed")).findFirst().orElseThrow();
        String oldHash = Json.MAPPER.readTree(fedDir.resolve("metadata.json").toFile()).get("contentHash").asText();
        fedRates.set(fedRates.get().replace("The Federal Reserve", "The U.S. Federal Reserve"));
        BatchTracker.Summary third = runOnce();
        assertEquals(1, third.narrated(), third.toString());
        assertEquals(1, third.unchanged(), third.toString());
        assertEquals(2, list(articles).size(), "the changed article replaced its old version");
        assertNotEquals(oldHash, Json.MAPPER.readTree(fedDir.resolve("metadata.json").toFile()).get("contentHash").asText());
    }

    private static void assertPublishedNarration(Path dir) throws Exception {
        for (String name : List.of("narration.mp3", "narration.vtt", "script.txt", "metadata.json")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, dir + "/" + name);
        }
        JsonNode metadata = Json.MAPPER.readTree(dir.resolve("metadata.json").toFile());
        // the source route's id names the source
        assertEquals("test-feed", metadata.get("source").asText());
        int words = metadata.get("wordCount").asInt();
        double seconds = metadata.get("durationSeconds").asDouble();
        assertTrue(words > 100, "article words: " + words);

        Mp3File mp3 = new Mp3File(dir.resolve("narration.mp3"));
        assertEquals(16_000, mp3.getSampleRate());
        assertEquals(seconds, mp3.getLengthInMilliseconds() / 1000.0, 0.2, "MP3 frames hold the whole narration");
        // FreeTTS kevin16 speaks about 130-190 words a minute; the intro, disclosure, pauses and outro add time.
        double wordsPerMinute = words / (seconds / 60);
        assertTrue(wordsPerMinute > 100 && wordsPerMinute < 220, "speaking rate " + wordsPerMinute + " wpm");

        ID3v2 tag = mp3.getId3v2Tag();
        assertEquals(metadata.get("title").asText(), tag.getTitle());
        assertTrue(tag.getArtist().contains("kevin16"), tag.getArtist());
        assertEquals("This audio is created with AI assistance.", tag.getComment());

        String vtt = Files.readString(dir.resolve("narration.vtt"));
        assertTrue(vtt.startsWith("WEBVTT"));
        assertTrue(Files.readString(dir.resolve("script.txt")).contains("This audio is created with A I assistance."),
                "the spoken script says the disclosure as it is heard");
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
