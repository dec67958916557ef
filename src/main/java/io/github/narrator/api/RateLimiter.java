package io.github.narrator.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests at once, refilled evenly over a minute. A
 * client that is out of tokens is told how many seconds until the next one (Retry-After).
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** Buckets kept before the full ones (clients quiet for a minute) are forgotten. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param nanoClock {@link System#nanoTime} outside tests */
    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least 1 request a minute, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes one request from {@code client}'s allowance: 0 when allowed, else the seconds to wait. */
    long acquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        /** In nano-requests (a request is {@link #MINUTE_NANOS} of them), so refills need no fractions. */
        private long tokens;
        private long refilledAt;

        Bucket(long now) {
            this.tokens = capacity();
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= MINUTE_NANOS) {
                tokens -= MINUTE_NANOS;
                return 0;
            }
            long missing = MINUTE_NANOS - tokens;
            long waitNanos = (missing + perMinute - 1) / perMinute;
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity();
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - refilledAt);
            refilledAt = now;
            // a minute refills a bucket whole; capping there also keeps the product far from overflow
            long gained = Math.min(elapsed, MINUTE_NANOS) * perMinute;
            tokens = Math.min(capacity(), tokens + gained);
        }

        private long capacity() {
            return perMinute * MINUTE_NANOS;
        }
    }
}
