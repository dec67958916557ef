package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS) // hang guards: every case here must end by its own time limit
class StageTimeLimitTest {

    private static final Duration SHORT = Duration.ofMillis(200);

    private final StageTimeLimit limit = new StageTimeLimit();
    private final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach
    void close() {
        stop.set(true);
        limit.close();
    }

    @Test
    void workThatEndsInTimeGivesItsResult() throws Exception {
        assertEquals("done", limit.onHelperThread("extract", Duration.ofSeconds(10), () -> "done"));
        assertEquals("done", limit.onThisThread("narrate", Duration.ofSeconds(10), () -> "done"));
    }

    @Test
    void workThatIgnoresInterruptsIsAbandonedAtTheLimit() {
        Exception failure = assertThrows(StageTimeLimit.StageTimeoutException.class, () -> limit.onHelperThread("extract", SHORT, () -> {
            while (!stop.get()) {
                Thread.onSpinWait(); // like a regular expression backtracking: no interrupt is ever looked at
            }
            return "never";
        }));
        assertTrue(failure.getMessage().contains("extract took longer than its time limit of 200 ms"), failure.getMessage());
    }

    @Test
    void theStagesOwnFailureIsThrownAsItIs() {
        IOException failure = assertThrows(IOException.class, () -> limit.onHelperThread("extract", SHORT, () -> {
            throw new IOException("not an article");
        }));
        assertEquals("not an article", failure.getMessage());
    }

    @Test
    void aStackOverflowBecomesAFailureOfThatPage() {
        Exception failure = assertThrows(IllegalStateException.class,
                () -> limit.onHelperThread("extract", Duration.ofSeconds(10), () -> recurse(0)));
        assertTrue(failure.getMessage().contains("nests too deeply"), failure.getMessage());
    }

    @Test
    void onThisThreadTheLimitInterruptsWritesToAFile(@TempDir Path dir) {
        Exception failure = assertThrows(StageTimeLimit.StageTimeoutException.class, () -> limit.onThisThread("narrate", SHORT, () -> {
            try (FileChannel file = FileChannel.open(dir.resolve("narration.mp3"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ByteBuffer frame = ByteBuffer.allocate(4096);
                while (true) {
                    file.write(frame.rewind(), 0); // like an encoder fed forever: the interrupt closes the file under it
                }
            }
        }));
        assertTrue(failure.getMessage().contains("narrate took longer"), failure.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the worker thread is left without a pending interrupt");
    }

    @Test
    void aWorkerThreadIsNotInterruptedAfterItsWorkEndedInTime() throws Exception {
        for (int i = 0; i < 50; i++) {
            limit.onThisThread("narrate", Duration.ofMillis(1), () -> "quick");
            assertFalse(Thread.currentThread().isInterrupted());
        }
        Thread.sleep(20); // an alarm firing late would interrupt this sleep
    }

    @Test
    void aStageTimeoutNamesTheSettingToChange() {
        Exception failure = new StageTimeLimit.StageTimeoutException("script", Duration.ofSeconds(60));
        assertEquals("script took longer than its time limit of 60 s (narrator.stage.script-timeout): given up",
                failure.getMessage());
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
