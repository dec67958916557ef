package io.github.narrator.pipeline;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Shows how a batch is going: a line rewritten every second on a terminal, a plain log line every
 * ten seconds (when something changed) otherwise.
 */
final class ProgressReporter implements AutoCloseable {

    private final BatchTracker tracker;
    private final IntSupplier queueDepth;
    private final PrintStream out;
    private final boolean terminal;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "narrator-progress");
        thread.setDaemon(true);
        return thread;
    });
    private String lastLine = "";

    /** @param queueDepth items waiting for a worker, or a negative number when unknown */
    ProgressReporter(BatchTracker tracker, IntSupplier queueDepth, PrintStream out, boolean terminal) {
        this.tracker = tracker;
        this.queueDepth = queueDepth;
        this.out = out;
        this.terminal = terminal;
    }

    void start() {
        long period = terminal ? 1 : 10;
        timer.scheduleAtFixedRate(this::report, period, period, TimeUnit.SECONDS);
    }

    static String line(BatchTracker tracker, int queueDepth) {
        double minutes = tracker.elapsed().toMillis() / 60_000.0;
        double rate = minutes > 0 ? tracker.inputsFinished() / minutes : 0;
        return String.format("%d/%d articles done, %.1f min of audio, %.1f articles/min%s",
                tracker.inputsFinished(), tracker.inputsDiscovered(), tracker.audioSeconds() / 60, rate,
                queueDepth >= 0 ? ", queue " + queueDepth : "");
    }

    private synchronized void report() {
        String line = line(tracker, queueDepth.getAsInt());
        if (terminal) {
            out.print("\r\033[K" + line);
            out.flush();
        } else if (!line.equals(lastLine)) {
            out.println("progress: " + line);
        }
        lastLine = line;
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (terminal && !lastLine.isEmpty()) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
