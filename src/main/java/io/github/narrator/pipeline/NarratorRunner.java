package io.github.narrator.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.FolderWriters;
import io.github.narrator.files.LockFile;

import org.jspecify.annotations.Nullable;

/**
 * Runs the pipeline in Camel Main: the core routes, the source templates and the user's YAML source routes. {@link #runOnce}
 * polls every source once and returns when all work is done; {@link #runUntilStopped} keeps polling.
 */
public class NarratorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NarratorRunner.class);
    /** How long every source and worker must be idle before a --once batch counts as finished. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final Stages stages;
    private final Role role;
    private final BatchTracker tracker = new BatchTracker();
    private final WorkQueue queue;
    private final @Nullable LockFile lock;
    private final FolderWriters writers;
    private final NarratorRoutes routes;
    private final @Nullable SiteRefresher site;
    private final Main main = new Main();
    private final ProgressReporter progress;
    private ProducerTemplate producer;
    private volatile boolean released;

    /** @param routesDir the YAML source routes to load; null for none (e.g. {@code convert}) */
    public NarratorRunner(NarratorConfig config, @Nullable Path routesDir, PrintStream progressOut, boolean terminal) throws IOException {
        this(config, Stages.from(config), routesDir, progressOut, terminal);
    }

    /** With stages built elsewhere (tests that make one stage fail on purpose). */
    NarratorRunner(NarratorConfig config, Stages stages, @Nullable Path routesDir, PrintStream progressOut, boolean terminal)
            throws IOException {
        this.role = Role.parse(config.get("narrator.role"));
        this.stages = stages;
        this.queue = workQueue(config, role);
        // One in-JVM queue per folder: a second would narrate the same articles.
        this.lock = queue instanceof SedaWorkQueue ? OutputLock.acquire(config.outDir()) : null;
        this.site = role.narrates() ? new SiteRefresher(stages.site()) : null;
        this.routes = new NarratorRoutes(stages, queue, role, routesDir != null, tracker,
                site == null ? () -> { } : site::requestRebuild);
        this.progress = new ProgressReporter(tracker, this::queueDepth, progressOut, terminal);

        Duration livesAtMost = config.getDuration("narrator.stage.narrate-timeout").plus(Duration.ofMinutes(5));
        this.writers = FolderWriters.join(config.outDir(), alone -> {
            if (role.narrates()) {
                // Alone on the folder (no other process of any role writing), every leftover is a crash's;
                // beside others, only leftovers older than any live narration may be: the rest is their work.
                int cleaned = stages.publisher().recover(alone ? Duration.ZERO : livesAtMost);
                if (cleaned > 0) {
                    LOG.info("cleaned up {} leftovers of an interrupted run", cleaned);
                }
            }
        });
        if (queue instanceof SedaWorkQueue) {
            stages.ledger().dropClaims(); // the last process's in-memory queue died with it
        }
        main.setInitialProperties(config.asProperties());
        main.configure().addRoutesBuilder(routes);
        if (routesDir != null && role.ingests()) {
            main.configure().addRoutesBuilder(new SourceTemplates()); // before the YAML sources that use them
            main.configure().setRoutesIncludePattern(yamlPattern(routesDir));
        }
        main.configure().setShutdownTimeout(
                (int) Math.max(1, config.getDuration("narrator.stage.shutdown-timeout").toSeconds()));
        queue.beans().forEach(main::bind);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                RouteCheck.check(configured.getCamelContext()); // before any route starts (or creates a folder)
            }
        });
    }

    private static WorkQueue workQueue(NarratorConfig config, Role role) {
        String kind = config.get("narrator.queue");
        return switch (kind) {
            case "seda" -> {
                if (role != Role.BOTH) {
                    throw new IllegalArgumentException("role " + role.name().toLowerCase(java.util.Locale.ROOT)
                            + " needs a shared queue: set narrator.queue=artemis (the in-JVM queue serves one process)");
                }
                yield WorkQueue.seda(config.workers(), config.getInt("narrator.queue.size"));
            }
            case "artemis" -> new ArtemisWorkQueue(new ArtemisWorkQueue.Settings(
                    config.get("narrator.artemis.url"), config.get("narrator.artemis.user", null),
                    config.get("narrator.artemis.password", null), config.get("narrator.artemis.queue"),
                    config.workers(), config.getInt("narrator.artemis.max-deliveries"),
                    config.getInt("narrator.queue.size")));
            default -> throw new IllegalArgumentException("narrator.queue must be seda or artemis, not '" + kind + "'");
        };
    }

    private static String yamlPattern(Path routesDir) {
        if (!Files.isDirectory(routesDir)) {
            throw new IllegalArgumentException("routes folder " + routesDir + " does not exist");
        }
        return "file:" + routesDir.toAbsolutePath().normalize() + "/*.yaml";
    }

    /** Starts the pipeline, loading one worker's voice meanwhile (the others load when first needed). */
    public void start() throws Exception {
        start(1);
    }

    /** Starts the pipeline, loading {@code voices} workers' voices meanwhile, while Camel starts and the first articles are read. */
    public void start(int voices) throws Exception {
        begin(voices);
        routes.awaitCheckedVoice(); // a disclosure label the voice would not say stops the run here
    }

    private void begin(int voices) throws Exception {
        routes.preloadVoices(voices);
        main.start();
        progress.start();
    }

    /** Workers in this process: the voices a batch needs. */
    public int workers() {
        return role.narrates() ? stages.config().workers() : 0;
    }

    /** Starts, lets every source poll once, waits until all articles are narrated or failed, stops. */
    public BatchTracker.Summary runOnce() throws Exception {
        start(workers());
        return finish();
    }

    /** Waits until every source, the queue and every worker have been idle a moment, then stops. */
    public BatchTracker.Summary finish() throws Exception {
        awaitQuiet();
        return stopAndSummarise();
    }

    /** Narrates the given inputs (URLs or paths) and returns when they are done. */
    public BatchTracker.Summary convert(List<String> inputs) throws Exception {
        begin(Math.min(workers(), inputs.size()));
        long finishesBefore = tracker.finishes();
        inputs.forEach(this::submit);
        // the pages are read while the voice loads; none is narrated before the voice has said the label
        routes.awaitCheckedVoice();
        if (queue instanceof SedaWorkQueue) {
            awaitHandled(finishesBefore + inputs.size());
        } else {
            awaitQuiet();
        }
        return stopAndSummarise();
    }

    /**
     * Hands one input (URL or path) to the started pipeline, as {@code convert} does: returns once it
     * is queued for fetching (waiting while that queue is full); the {@link #tracker()} counts it when finished.
     */
    public synchronized void submit(String input) {
        if (producer == null) {
            producer = context().createProducerTemplate();
        }
        producer.sendBody(NarratorRoutes.COMMAND_LINE, input);
    }

    /** Keeps polling the sources until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public void runUntilStopped() throws Exception {
        routes.preloadVoices(workers());
        routes.awaitCheckedVoice();
        main.run();
    }

    /** Items waiting for a worker, or -1 when the queue cannot be asked (not started, broker away). */
    private int queueDepth() {
        try {
            return main.getCamelContext() == null ? -1 : queue.depth(main.getCamelContext());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public BatchTracker tracker() {
        return tracker;
    }

    /**
     * Waits until {@code finishes} outcomes are counted and no input is in flight: with the in-JVM
     * queue each given input ends in exactly one outcome.
     */
    private void awaitHandled(long finishes) throws InterruptedException {
        awaitEnd(() -> tracker.finishes() >= finishes, 10);
    }

    /** Waits until every source, the queue and every worker have been idle a moment, and no input is in flight. */
    private void awaitQuiet() throws InterruptedException {
        awaitEnd(() -> tracker.idle().compareTo(QUIET) >= 0, 100);
    }

    /**
     * Returns once nothing is running or queued, no input is in flight and {@code done} holds. An
     * item passing from the queue to a worker is briefly in neither, so "nothing running" alone is
     * not trusted; but should it hold for {@link #QUIET} with inputs still in flight, nothing can
     * finish them, and the wait ends (the stop records them as failed).
     */
    private void awaitEnd(java.util.function.BooleanSupplier done, long pollMillis) throws InterruptedException {
        CamelContext context = context();
        long idleSince = -1;
        while (true) {
            // An ingest process is done once its items are queued; workers are done when the queue is empty.
            // Items waiting in a queue are in no exchange in flight, so both queues are asked too.
            boolean idle = context.getInflightRepository().size() == 0 && routes.ingestDepth(context) == 0
                    && (!role.narrates() || queue.depth(context) == 0);
            long now = System.nanoTime();
            idleSince = !idle ? -1 : idleSince < 0 ? now : idleSince;
            if (idle && tracker.inFlight().isEmpty() && done.getAsBoolean()) {
                return;
            }
            if (idle && Duration.ofNanos(now - idleSince).compareTo(QUIET) >= 0 && tracker.idle().compareTo(QUIET) >= 0) {
                return;
            }
            Thread.sleep(pollMillis);
        }
    }

    private BatchTracker.Summary stopAndSummarise() throws Exception {
        progress.close();
        main.stop();
        recordUnfinished();
        if (site != null) {
            site.rebuildNow();
        }
        release();
        return tracker.summary();
    }

    /**
     * Files every input still in flight once the pipeline has stopped (a stop asked for while a long
     * narration ran, a shutdown time-out) as failed, retryable: no input ends a run unaccounted for.
     */
    private void recordUnfinished() {
        for (String input : tracker.inFlight()) {
            try {
                stages.failures().record(input, "shutdown", "the run stopped before this input was narrated", true);
            } catch (IOException e) {
                LOG.warn("could not record {} as unfinished: {}", input, e.toString());
            }
            tracker.finished(input, Outcome.FAILED, 0);
            LOG.warn("failed at shutdown: {} was still in progress when the run stopped", input);
        }
    }

    private void release() {
        if (released) {
            return;
        }
        released = true;
        routes.close();
        queue.close();
        if (site != null) {
            site.close();
        }
        try {
            writers.close();
        } catch (IOException e) {
            LOG.warn("could not release {}: {}", FolderWriters.FILE, e.toString());
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("could not release {}: {}", OutputLock.FILE, e.toString());
            }
        }
    }

    /** Stops at once, as a crash would: items in work are not finished, and go back to the broker. */
    public void abort() throws Exception {
        progress.close();
        context().getShutdownStrategy().setTimeout(1);
        context().getShutdownStrategy().setShutdownNowOnTimeout(true);
        main.stop();
        release();
    }

    @Override
    public void close() throws Exception {
        progress.close();
        if (!main.isStopped()) {
            main.stop();
        }
        if (!released) {
            recordUnfinished();
        }
        release();
    }
}
