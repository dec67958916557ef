package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.PublishRequest;
import io.github.narrator.publish.Publisher;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.PollingRoute;
import io.github.narrator.testing.Slow;

/**
 * The disk fills up while a changed article's new narration is being published: the old narration
 * stays exactly as it was, the failure is recorded with its reason, nothing half-written is left,
 * and the next run (with room again) publishes the new narration.
 */
@Slow
class PublishWriteFailureTest {

    @TempDir
    Path work;

    @Test
    void aDiskFullDuringPublishKeepsThePreviousNarrationAndIsRecorded() throws Exception {
        AtomicReference<String> extra = new AtomicReference<>("The first version of the story.");
        try (LocalHttpServer site = new LocalHttpServer()) {
            String url = site.url("/news/harbour");
            site.route("/news/harbour", exchange -> LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8",
                    ArticlePages.article(url, "Harbour plan approved", extra.get()).getBytes(StandardCharsets.UTF_8)));
            site.page("/list.txt", "text/plain", url + "\n");
            PollingRoute.write(work.resolve("routes"), "list", site.url("/list.txt"), "url-list");
            NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                    .with("narrator.out", work.resolve("out").toString())
                    .with("narrator.poll.repeat", "1")
                    .with("narrator.workers", "1")
                    .with("narrator.fetch.allow-private-addresses", "true");

            assertEquals(1, run(config, Stages.from(config)).narrated());
            Path folder = onlyNarration();
            Map<String, byte[]> before = files(folder);

            extra.set("The second version of the story, with a correction.");
            Stages diskFull = withPublisher(Stages.from(config), new Publisher(config.outDir()) {
                @Override
                public NarrationMetadata publish(PublishRequest request) throws IOException {
                    // Half of a file gets written, then the disk is full.
                    Files.write(request.stagingDir().resolve(NarrationFiles.VTT), "WEBVTT\n\n1\n00:00".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }
            });
            BatchTracker.Summary failed = run(config, diskFull);

            assertEquals(1, failed.failed(), failed.toString());
            assertEquals(folder, onlyNarration());
            Map<String, byte[]> after = files(folder);
            assertEquals(before.keySet(), after.keySet(), "the previous narration's files are all there");
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " unchanged"));
            JsonNode failure = Json.MAPPER.readTree(work.resolve("out/failed").toFile().listFiles()[0]);
            assertEquals("narrate", failure.get("stage").asText());
            assertTrue(failure.get("reason").asText().contains("No space left on device"), failure.toString());
            assertFalse(hasStagingLeftovers(), "the half-written staging folder is gone");

            BatchTracker.Summary again = run(config, Stages.from(config));
            assertEquals(1, again.narrated(), again.toString());
            assertNotEquals(Json.MAPPER.readTree(before.get("metadata.json")).get("contentHash"),
                    Json.MAPPER.readTree(folder.resolve("metadata.json").toFile()).get("contentHash"));
            assertTrue(Files.readString(folder.resolve(NarrationFiles.SCRIPT)).contains("with a correction"));
            try (Stream<Path> failures = Files.list(work.resolve("out/failed"))) {
                assertEquals(0, failures.count(), "the failure record is cleared");
            }
        }
    }

    private BatchTracker.Summary run(NarratorConfig config, Stages stages) throws Exception {
        try (NarratorRunner runner = new NarratorRunner(config, stages, work.resolve("routes"),
                new PrintStream(PrintStream.nullOutputStream()), false)) {
            return runner.runOnce();
        }
    }

    private static Stages withPublisher(Stages stages, Publisher publisher) {
        return new Stages(stages.config(), stages.fetcher(), stages.feedReader(), stages.extractor(), stages.scriptWriter(),
                stages.ledger(), stages.recorder(), publisher, stages.failures(), stages.site(), stages.voice(), stages.provenance());
    }

    private Path onlyNarration() throws IOException {
        try (Stream<Path> dirs = Files.list(work.resolve("out/articles"))) {
            List<Path> all = dirs.filter(Files::isDirectory).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private boolean hasStagingLeftovers() throws IOException {
        Path staging = work.resolve("out/.staging");
        if (!Files.isDirectory(staging)) {
            return false;
        }
        try (Stream<Path> left = Files.list(staging)) {
            return left.findAny().isPresent();
        }
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
