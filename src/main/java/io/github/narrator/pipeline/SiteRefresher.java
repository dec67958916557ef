package io.github.narrator.pipeline;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.publish.site.SiteBuilder;

/**
 * Keeps the feed and player pages up to date without rebuilding them for every narration: a
 * publish asks for a rebuild, and requests arriving while one is pending are folded into it. A
 * long backfill thus rebuilds every few seconds, not once per article.
 */
final class SiteRefresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRefresher.class);
    private static final long DELAY_SECONDS = 5;

    private final SiteBuilder site;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "narrator-site");
        thread.setDaemon(true);
        return thread;
    });

    SiteRefresher(SiteBuilder site) {
        this.site = site;
        // at close a rebuild still waiting for its delay is done at once instead (see close)
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Something was published: rebuild soon. */
    void requestRebuild() {
        if (pending.compareAndSet(false, true)) {
            try {
                executor.schedule(this::rebuild, DELAY_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The batch is ending: its final rebuild lists this narration.
            }
        }
    }

    /** Rebuilds now, in the caller's thread (end of a batch). */
    void rebuildNow() {
        rebuild();
    }

    private void rebuild() {
        pending.set(false);
        try {
            site.rebuild();
        } catch (Exception e) {
            // The narrations are published; only their listing is stale until the next rebuild.
            LOG.warn("could not rebuild the feed and player pages: {}", e.toString());
            LOG.debug("site rebuild failure", e);
        }
    }

    /**
     * Lets a rebuild under way finish (interrupting it would leave a lock file channel closed
     * mid-write), and does a requested one now rather than after its delay: a short batch would
     * otherwise end up to five seconds later than its last narration.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pending.get()) {
            rebuild();
        }
    }
}
