package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HostPolitenessTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** On another thread: waits for a turn at {@code host}, then gives it back at once. */
    private Future<?> turnLater(HostPoliteness politeness, String host) {
        return threads.submit(() -> {
            politeness.acquire(host, Duration.ZERO).close();
            return null;
        });
    }

    @Test
    void noMoreThanTheLimitAreInFlightToOneHostAndEveryoneGetsATurn() throws Exception {
        HostPoliteness politeness = new HostPoliteness(2, Duration.ZERO);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(threads.submit(() -> {
                try (HostPoliteness.Permit turn = politeness.acquire("news.example", Duration.ZERO)) {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    twoIn.countDown();
                    twoIn.await(); // the first two hold their turns until both are in
                    Thread.sleep(20);
                    inFlight.decrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> request : requests) {
            request.get(10, TimeUnit.SECONDS);
        }
        assertEquals(2, most.get(), "two at once, never more");
    }

    @Test
    void startsToOneHostAreTheDelayApart() throws Exception {
        HostPoliteness politeness = new HostPoliteness(4, Duration.ofMillis(150));
        long before = System.nanoTime();
        long last = 0;
        for (int i = 0; i < 4; i++) {
            try (HostPoliteness.Permit turn = politeness.acquire("news.example", Duration.ZERO)) {
                last = System.nanoTime();
            }
        }
        // the first start may be at once, each later one at least 150 ms after the one before
        assertTrue(last - before >= TimeUnit.MILLISECONDS.toNanos(3 * 150), "4 starts took " + (last - before) / 1e6 + " ms");
    }

    @Test
    void aLongerCrawlDelayWinsOverTheConfiguredDelay() throws Exception {
        HostPoliteness politeness = new HostPoliteness(4, Duration.ofMillis(10));
        long before = System.nanoTime();
        long last = 0;
        for (int i = 0; i < 3; i++) {
            try (HostPoliteness.Permit turn = politeness.acquire("news.example", Duration.ofMillis(200))) {
                last = System.nanoTime();
            }
        }
        assertTrue(last - before >= TimeUnit.MILLISECONDS.toNanos(2 * 200), "3 starts took " + (last - before) / 1e6 + " ms");
    }

    @Test
    void anotherHostDoesNotWait() throws Exception {
        HostPoliteness politeness = new HostPoliteness(1, Duration.ofSeconds(60));
        try (HostPoliteness.Permit busy = politeness.acquire("slow.example", Duration.ZERO)) {
            Future<?> other = turnLater(politeness, "other.example");
            other.get(5, TimeUnit.SECONDS); // while slow.example's only place is taken, for a minute
        }
    }

    @Test
    void hostNamesAreComparedWithoutCase() throws Exception {
        HostPoliteness politeness = new HostPoliteness(1, Duration.ZERO);
        HostPoliteness.Permit held = politeness.acquire("News.Example", Duration.ZERO);
        Future<?> waiting = turnLater(politeness, "news.example");
        assertThrows(java.util.concurrent.TimeoutException.class, () -> waiting.get(200, TimeUnit.MILLISECONDS));
        held.close();
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void closingATurnTwiceGivesBackOnePlace() throws Exception {
        HostPoliteness politeness = new HostPoliteness(1, Duration.ZERO);
        HostPoliteness.Permit first = politeness.acquire("news.example", Duration.ZERO);
        first.close();
        first.close();
        HostPoliteness.Permit second = politeness.acquire("news.example", Duration.ZERO);
        Future<?> third = turnLater(politeness, "news.example");
        assertThrows(java.util.concurrent.TimeoutException.class, () -> third.get(200, TimeUnit.MILLISECONDS),
                "the second close must not have freed a second place");
        second.close();
        third.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aWaiterInterruptedGivesNoPlaceAway() throws Exception {
        HostPoliteness politeness = new HostPoliteness(1, Duration.ZERO);
        HostPoliteness.Permit held = politeness.acquire("news.example", Duration.ZERO);
        Future<?> interrupted = turnLater(politeness, "news.example");
        Thread.sleep(50);
        interrupted.cancel(true);
        held.close();
        Future<?> next = turnLater(politeness, "news.example");
        next.get(5, TimeUnit.SECONDS);
    }
}
