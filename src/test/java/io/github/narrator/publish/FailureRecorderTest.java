package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.files.Json;

class FailureRecorderTest {

    @Test
    void recordsCountsAttemptsAndClears(@TempDir Path failed) throws Exception {
        FailureRecorder recorder = new FailureRecorder(failed);
        String input = "https://news.test/broken-page";
        recorder.record(input, "fetch", "HTTP 503", true);
        FailureRecorder.Failure second = recorder.record(input, "extract", "no article text found", false);

        Path file = recorder.fileFor(input);
        assertTrue(file.getFileName().toString().startsWith("broken-page-"));
        FailureRecorder.Failure onDisk = Json.read(file, FailureRecorder.Failure.class);
        assertEquals(second, onDisk);
        assertEquals(2, onDisk.attempts());
        assertEquals("extract", onDisk.stage());
        assertEquals(input, onDisk.input());

        recorder.clear(input);
        assertFalse(Files.exists(file));
    }
}
