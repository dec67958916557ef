package io.github.narrator.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Time limits for the stages that have none of their own, so that a page built to make a parser or
 * a regular expression run away costs one failure record, never a hung batch.
 *
 * <p>Extraction and script writing are pure functions, so they run on a helper thread that is
 * abandoned at the limit (Jsoup and java.util.regex never look at interrupts; the thread finishes
 * in the background and its result is dropped). Narration must stay on its worker thread, which
 * owns the FreeTTS voice: at the limit that thread is interrupted, which closes the MP3 file being
 * written under it and so stops the synthesis at its next write.
 */
final class StageTimeLimit implements AutoCloseable {

    /** A stage ran past its time limit. */
    static final class StageTimeoutException extends Exception {
        StageTimeoutException(String stage, Duration limit) {
            this(stage, limit, null);
        }

        StageTimeoutException(String stage, Duration limit, @Nullable Throwable cause) {
            super(stage + " took longer than its time limit of " + seconds(limit) + " (narrator.stage."
                    + stage + "-timeout): given up", cause);
        }
    }

    /** Work that may throw, run under a time limit. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService helpers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "narrator-stage-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "narrator-stage-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} on a helper thread and waits at most {@code limit} for it. */
    <T> T onHelperThread(String stage, Duration limit, Callable<T> work) throws Exception {
        Future<T> result = helpers.submit(work);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new StageTimeoutException(stage, limit);
        } catch (InterruptedException e) {
            result.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(stage, e.getCause());
        }
    }

    /**
     * Runs {@code work} on this thread; at {@code limit} the thread is interrupted, and if the work
     * then fails, the failure is reported as the stage's time-out.
     */
    <T> T onThisThread(String stage, Duration limit, Work<T> work) throws Exception {
        Interrupter interrupter = new Interrupter(Thread.currentThread());
        ScheduledFuture<?> alarm = watchdog.schedule(interrupter, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.run();
        } catch (Exception e) {
            throw interrupter.disarm() ? e : new StageTimeoutException(stage, limit, e);
        } finally {
            interrupter.disarm();
            alarm.cancel(false);
            Thread.interrupted(); // the worker thread goes on to its next item with a clean slate
        }
    }

    /** Interrupts the worker unless disarmed first; exactly one of the two happens. */
    private static final class Interrupter implements Runnable {
        private final Thread worker;
        private boolean armed = true;
        private boolean rang;

        Interrupter(Thread worker) {
            this.worker = worker;
        }

        @Override
        public synchronized void run() {
            if (armed) {
                rang = true;
                worker.interrupt();
            }
        }

        /** @return true when the alarm had not rung */
        synchronized boolean disarm() {
            armed = false;
            return !rang;
        }
    }

    /**
     * The stage's own exception; a stack overflow (a page nested deeper than a parser's recursion
     * can follow) becomes an ordinary failure of that page.
     */
    private static Exception unwrap(String stage, Throwable cause) {
        if (cause instanceof Exception exception) {
            return exception;
        }
        if (cause instanceof StackOverflowError) {
            return new IllegalStateException(stage + " ran out of stack: the page nests too deeply", cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(stage + " failed: " + cause, cause);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    @Override
    public void close() {
        helpers.shutdownNow();
        watchdog.shutdownNow();
    }
}
