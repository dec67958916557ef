package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CoverWaitTest {

    private static final byte[] PICTURE = {1, 2, 3};

    @Test
    void aSearchNoThreadStartedIsRunByTheWaiterOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        FutureTask<CoverArt.Cover> notStarted = new FutureTask<>(() -> {
            runs.incrementAndGet();
            return new CoverArt.Cover(PICTURE, null, null);
        });

        CoverArt.Cover cover = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CoverWait.await(notStarted));

        assertArrayEquals(PICTURE, cover.image());
        CoverWait.await(notStarted);
        assertEquals(1, runs.get(), "a finished search is not run again");
    }

    @Test
    void aSearchThatFailsIsNoCover() throws Exception {
        FutureTask<CoverArt.Cover> failing = new FutureTask<>(() -> {
            throw new IllegalStateException("no title to draw");
        });

        CoverArt.Cover cover = CoverWait.await(failing);

        assertNull(cover.image());
        assertTrue(cover.note().contains("no title to draw"), cover.note());
    }

    @Test
    void aSearchElsewhereIsWaitedFor() throws Exception {
        CompletableFuture<CoverArt.Cover> elsewhere = new CompletableFuture<>();
        new Thread(() -> elsewhere.complete(new CoverArt.Cover(PICTURE, "cover.jpg", null))).start();

        assertEquals("cover.jpg", CoverWait.await(elsewhere).episodeFile());
    }
}
