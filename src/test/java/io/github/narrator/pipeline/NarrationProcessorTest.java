package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.audio.NarrationRecorder;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.extract.Article;
import io.github.narrator.fetch.Validators;
import io.github.narrator.files.Json;
import io.github.narrator.publish.ArticleSlug;
import io.github.narrator.script.Script;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.testing.ArticlePages;

/** A worker narrates a task into a published folder and the ledger, once; a failed one leaves nothing behind. */
class NarrationProcessorTest {

    private static final String URL = "https://news.example/harbour";

    @TempDir
    Path work;

    private AdapterFixture fixture;
    private StageTimeLimit timeLimit;
    private final AtomicInteger published = new AtomicInteger();
    private NarrationTask task;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AdapterFixture(work);
        timeLimit = new StageTimeLimit();
        Article article = fixture.stages.extractor().extract(
                ArticlePages.article(URL, "Harbour plan approved", "The vote was close."), URL);
        Script script = fixture.stages.scriptWriter().write(article);
        task = new NarrationTask(URL, "news", URL, article, script, ContentHash.of(script, fixture.config.audioFingerprint()),
                new Validators("\"v1\"", null));
    }

    @AfterEach
    void tearDown() throws Exception {
        timeLimit.close();
        fixture.close();
    }

    @Test
    void aTaskIsNarratedPublishedAndRecorded() throws Exception {
        try (NarrationProcessor narration = processor(fixture.stages)) {
            narration.narrate(fixture.exchange(task, "narrator-worker"));
        }
        Path folder = fixture.config.outDir().resolve("articles").resolve(ArticleSlug.of(URL));
        assertTrue(Files.size(folder.resolve("narration.mp3")) > 0);
        assertEquals("news", Json.MAPPER.readTree(folder.resolve("metadata.json").toFile()).get("source").asText());
        assertTrue(fixture.stages.ledger().isNarrated(URL, task.contentHash()));
        assertEquals("\"v1\"", fixture.stages.ledger().validators(URL).etag());
        assertEquals(1, fixture.tracker.summary().narrated());
        assertEquals(1, published.get(), "the site is told to rebuild");
    }

    @Test
    void aTaskDeliveredAgainAfterItsNarrationWasPublishedIsNotNarratedTwice() throws Exception {
        fixture.stages.ledger().record(new NarrationLedger.Entry(URL, task.contentHash(), ArticleSlug.of(URL), Instant.now()));
        try (NarrationProcessor narration = processor(fixture.stages.withRecorder(new FailingRecorder()))) {
            narration.narrate(fixture.exchange(task, "narrator-worker"));
        }
        assertEquals(1, fixture.tracker.summary().unchanged());
        assertEquals(0, published.get());
    }

    @Test
    void aFailedNarrationLeavesNoStagingFolderAndNoRecord() throws Exception {
        try (NarrationProcessor narration = processor(fixture.stages.withRecorder(new FailingRecorder()))) {
            IOException e = assertThrows(IOException.class, () -> narration.narrate(fixture.exchange(task, "narrator-worker")));
            assertEquals("No space left on device", e.getMessage());
        }
        assertFalse(fixture.stages.ledger().isNarrated(URL, task.contentHash()));
        assertFalse(Files.exists(fixture.config.outDir().resolve("articles").resolve(ArticleSlug.of(URL))));
        try (Stream<Path> staging = Files.list(fixture.config.outDir().resolve(".staging"))) {
            assertEquals(0, staging.count(), "the half-written staging folder is gone");
        }
        assertEquals(0, published.get());
    }

    @Test
    void givingUpEndsTheClaimSoALaterPollMayTryAgain() throws Exception {
        NarrationLedger ledger = fixture.stages.ledger();
        assertEquals(NarrationLedger.Decision.NEW, ledger.decide(URL, task.contentHash()));
        assertEquals(NarrationLedger.Decision.IN_PROGRESS, ledger.decide(URL, task.contentHash()));
        try (NarrationProcessor narration = processor(fixture.stages)) {
            narration.giveUp(fixture.exchange(task, "narrator-worker"));
        }
        assertEquals(NarrationLedger.Decision.NEW, ledger.decide(URL, task.contentHash()));
    }

    @Test
    void anUnknownEncoderThreadSettingIsRefused() {
        Stages stages = Stages.from(fixture.config.with("narrator.mp3.encoder-thread", "sometimes"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> processor(stages));
        assertTrue(e.getMessage().contains("narrator.mp3.encoder-thread"), e.getMessage());
    }

    private NarrationProcessor processor(Stages stages) {
        return new NarrationProcessor(stages, fixture.tracker, published::incrementAndGet, timeLimit);
    }

    /** A disk that fills up while the MP3 is written. */
    private static final class FailingRecorder extends NarrationRecorder {

        FailingRecorder() {
            super(64, false, null);
        }

        @Override
        public Recording record(Synthesizer voice, Article article, Script script, Provenance provenance,
                                String contentHash, Path dir, boolean encoderThread) throws IOException {
            Files.writeString(dir.resolve("narration.mp3"), "half");
            throw new IOException("No space left on device");
        }
    }
}
