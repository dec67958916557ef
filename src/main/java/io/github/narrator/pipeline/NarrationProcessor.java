package io.github.narrator.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.audio.Recording;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.publish.ArticleSlug;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.PublishRequest;
import io.github.narrator.speech.Synthesizer;

import org.jspecify.annotations.Nullable;

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
    /** Whether narrations may encode on a thread of their own (narrator.mp3.encoder-thread=auto). */
    private final boolean encoderThreads;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final AtomicInteger narrating = new AtomicInteger();
    /** Voices being loaded ahead of the first articles, one for each worker that needs one. */
    private final Queue<FutureTask<Synthesizer>> preloaded = new ConcurrentLinkedQueue<>();
    /** The first voice preloaded: it also checks the disclosure label. */
    private volatile @Nullable FutureTask<Synthesizer> firstVoice;

    /** @param onPublished called after each narration is published (the site is rebuilt soon after) */
    NarrationProcessor(Stages stages, BatchTracker tracker, Runnable onPublished, StageTimeLimit timeLimit) {
        this.stages = stages;
        this.tracker = tracker;
        this.onPublished = onPublished;
        this.timeLimit = timeLimit;
        this.narrateLimit = stages.config().getDuration("narrator.stage.narrate-timeout");
        this.encoderThreads = encoderThreads(stages.config().get("narrator.mp3.encoder-thread"));
        this.workerVoice = ThreadLocal.withInitial(() -> {
            FutureTask<Synthesizer> early = preloaded.poll();
            Synthesizer voice = early != null ? await(early) : new Synthesizer(stages.voice());
            allVoices.add(voice);
            return voice;
        });
    }

    /**
     * Starts loading {@code count} voices, each on a thread of its own (most of a second, cold), so that
     * they are ready when the first articles have been fetched, extracted and scripted rather than
     * only starting then.
     */
    void preloadVoices(int count) {
        for (int i = 0; i < count; i++) {
            boolean first = firstVoice == null;
            FutureTask<Synthesizer> task = new FutureTask<>(() -> first ? checkedVoice() : new Synthesizer(stages.voice()));
            if (first) {
                firstVoice = task;
            }
            preloaded.add(task);
            Thread loader = new Thread(task, "narrator-voice-preload-" + (i + 1));
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** A voice that has been checked to say the disclosure label as written (once a process is enough). */
    private Synthesizer checkedVoice() {
        Synthesizer voice = new Synthesizer(stages.voice());
        try {
            stages.checkDisclosureIsHeard(voice);
            return voice;
        } catch (RuntimeException e) {
            voice.close();
            throw e;
        }
    }

    /**
     * Waits for the first preloaded voice and its check of the disclosure label (loading one now
     * when none was preloaded).
     *
     * @throws IllegalArgumentException when the voice would not say the label as written
     */
    void awaitCheckedVoice() {
        if (firstVoice == null) {
            preloadVoices(1);
        }
        await(firstVoice);
    }

    private static boolean encoderThreads(String setting) {
        return switch (setting) {
            case "auto" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("narrator.mp3.encoder-thread must be auto or off, not '" + setting + "'");
        };
    }

    private static Synthesizer await(FutureTask<Synthesizer> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the voice was loading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
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
        // a core no other narration is using takes the encoding (one article then narrates on two)
        boolean encoderThread = narrating.incrementAndGet() < cores && encoderThreads;
        try {
            // Voices belong to their worker thread: the time limit interrupts this thread rather than moving the work.
            Synthesizer voice = workerVoice.get();
            long recordingStart = System.nanoTime();
            Recording recording;
            try {
                recording = timeLimit.onThisThread("narrate", narrateLimit, () -> stages.recorder().record(voice,
                        task.article(), task.script(), stages.provenance(), task.contentHash(), staging, encoderThread));
            } finally {
                tracker.recorded(Duration.ofNanos(System.nanoTime() - recordingStart));
            }
            NarrationMetadata metadata = stages.publisher().publish(new PublishRequest(task.sourceUrl(), task.source(), task.article(),
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
        } finally {
            narrating.decrementAndGet();
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
        for (FutureTask<Synthesizer> unused = preloaded.poll(); unused != null; unused = preloaded.poll()) {
            try {
                await(unused).close();
            } catch (RuntimeException e) {
                LOG.debug("a preloaded voice had failed to load: {}", e.toString());
            }
        }
        allVoices.forEach(Synthesizer::close);
        allVoices.clear();
    }
}
