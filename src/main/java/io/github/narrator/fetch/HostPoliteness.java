package io.github.narrator.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps requests to each host within bounds: at most {@code maxInFlight} at once, and their starts at
 * least a delay apart (the configured one, or the host's robots.txt Crawl-delay when that is longer).
 * A caller waits for its turn; start times are handed out in the order places in flight are taken.
 */
final class HostPoliteness {

    /** A turn to send a request to a host; closing it lets the next request in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final Permit UNLIMITED = () -> { };

    private final int maxInFlight;
    private final long delayNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostPoliteness(int maxInFlight, Duration delay) {
        this.maxInFlight = maxInFlight;
        this.delayNanos = delay.toNanos();
    }

    /**
     * Waits until a request to {@code host} may start.
     *
     * @param crawlDelay the host's own wish for the time between requests (zero when it has none)
     */
    Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
        long gap = Math.max(delayNanos, crawlDelay.toNanos());
        if (maxInFlight == Integer.MAX_VALUE && gap == 0) {
            return UNLIMITED;
        }
        Host state = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), name -> new Host());
        long start = state.reserve(maxInFlight, gap);
        try {
            long wait = start - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            state.release();
            throw e;
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                state.release();
            }
        };
    }

    private static final class Host {
        private int inFlight;
        private long nextStart = System.nanoTime();

        /** Takes a place in flight and the earliest time the request may start (each start a gap after the last). */
        synchronized long reserve(int maxInFlight, long gap) throws InterruptedException {
            while (inFlight >= maxInFlight) {
                wait();
            }
            inFlight++;
            long start = Math.max(System.nanoTime(), nextStart);
            nextStart = start + gap;
            return start;
        }

        synchronized void release() {
            inFlight--;
            notifyAll();
        }
    }
}
