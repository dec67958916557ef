package io.github.narrator.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.audio.Recording;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.publish.ArticleSlug;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.PublishRequest;
import io.github.narrator.speech.Synthesizer;

/**
 * The narration side: synthesise, encode and tag into a staging folder, publish, then record in
 * the ledger. Each worker thread owns one voice for its whole life (FreeTTS voices must never be
 * shared between threads, and allocating one costs most of a second).
 */
final class NarrationProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NarrationProcessor.class);

    private final Stages stages;
    private final BatchTracker tracker;
    private final Runnable onPublished;
    private final StageTimeLimit timeLimit;
    private final Duration narrateLimit;
    private final List<Synthesizer> allVoices = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Synthesizer> workerVoice;

    /** @param onPublished called after each narration is published (the site is rebuilt soon after) */
    NarrationProcessor(Stages stages, BatchTracker tracker, Runnable onPublished, StageTimeLimit timeLimit) {
        this.stages = stages;
        this.tracker = tracker;
        this.onPublished = onPublished;
        this.timeLimit = timeLimit;
        this.narrateLimit = stages.config().getDuration("narrator.stage.narrate-timeout");
        this.workerVoice = ThreadLocal.withInitial(() -> {
            Synthesizer voice = new Synthesizer(stages.voice());
            allVoices.add(voice);
            return voice;
        });
    }

    void narrate(Exchange exchange) throws Exception {
        NarrationTask task = exchange.getIn().getMandatoryBody(NarrationTask.class);
        String canonicalUrl = task.article().canonicalUrl();
        String slug = ArticleSlug.of(canonicalUrl);
        if (stages.ledger().isNarrated(canonicalUrl, task.contentHash())) {
            // A work item delivered again after its narration was published (a worker died before acknowledging).
            stages.ledger().release(canonicalUrl);
            tracker.finished(task.input(), Outcome.UNCHANGED, 0);
            return;
        }
        Path staging = stages.publisher().newStagingDir(slug);
        try {
            // Voices belong to their worker thread: the time limit interrupts this thread rather than moving the work.
            Synthesizer voice = workerVoice.get();
            Recording recording = timeLimit.onThisThread("narrate", narrateLimit, () -> stages.recorder().record(voice,
                    task.article(), task.script(), stages.provenance(), staging));
            NarrationMetadata metadata = stages.publisher().publish(new PublishRequest(task.sourceUrl(), task.article(),
                    task.script(), recording, staging, task.contentHash(), stages.provenance()));
            stages.ledger().record(new NarrationLedger.Entry(canonicalUrl, task.contentHash(), slug, Instant.now()));
            stages.ledger().rememberSource(task.input(), task.validators(), canonicalUrl);
            stages.failures().clear(task.input());
            tracker.finished(task.input(), Outcome.NARRATED, metadata.durationSeconds());
            onPublished.run();
            LOG.info("narrated {} ({} words, {} s of audio) -> articles/{}/", task.article().title(),
                    metadata.wordCount(), Math.round(metadata.durationSeconds()), slug);
        } catch (Exception e) {
            stages.publisher().discard(staging);
            throw e;
        }
    }

    /** Ends the claim of an item whose final attempt failed, so a later poll may try it again. */
    void giveUp(Exchange exchange) throws Exception {
        Object body = exchange.getIn().getBody();
        if (body instanceof NarrationTask task) {
            stages.ledger().release(task.article().canonicalUrl());
        }
    }

    @Override
    public void close() {
        allVoices.forEach(Synthesizer::close);
        allVoices.clear();
    }
}
