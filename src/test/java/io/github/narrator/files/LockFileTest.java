package io.github.narrator.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock file keeps other threads out as well as other processes, and is free again once closed. */
class LockFileTest {

    @TempDir
    Path dir;

    @Test
    void aHeldLockCannotBeTakenAgainUntilItIsClosed() throws Exception {
        Path file = dir.resolve(".run.lock");
        Optional<LockFile> first = LockFile.tryTake(file, "pid 1");
        assertTrue(first.isPresent());
        assertEquals("pid 1\n", Files.readString(file));
        assertFalse(LockFile.tryTake(dir.resolve("./.run.lock"), "pid 2").isPresent(), "the same file by another name");
        first.get().close();
        try (LockFile again = LockFile.tryTake(file, "pid 3").orElseThrow()) {
            assertEquals("pid 3\n", Files.readString(file));
        }
    }

    @Test
    void takingWaitsForTheHolderAndMayBeClosedByAnotherThread() throws Exception {
        Path file = dir.resolve(".site.lock");
        LockFile held = LockFile.take(file);
        AtomicBoolean taken = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try (LockFile lock = LockFile.take(file)) {
                taken.set(true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        waiter.start();
        assertFalse(done.await(200, TimeUnit.MILLISECONDS), "the second taker waits");
        Thread closer = new Thread(() -> {
            try {
                held.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        closer.start();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertTrue(taken.get());
        held.close(); // closing twice is harmless
    }
}
