package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an output folder shared by several worker processes, a worker that starts must not delete
 * another's work in progress: only leftovers older than any live narration are cleaned up.
 */
class SharedFolderRecoveryTest {

    @TempDir
    Path out;

    @Test
    void freshStagingFoldersAndTemporaryFilesOfOtherWorkersAreLeftAlone() throws Exception {
        Publisher publisher = new Publisher(out);
        Path staging = publisher.newStagingDir("harbour-plan-1a2b3c4d");
        Files.writeString(staging.resolve("narration.mp3"), "audio being encoded");
        Path ledgerTemp = Files.createDirectories(out.resolve("state/narrated")).resolve(".abc.json.tmp-12345678");
        Files.writeString(ledgerTemp, "{");

        assertEquals(0, publisher.recover(Duration.ofMinutes(35)));
        assertTrue(Files.exists(staging.resolve("narration.mp3")), "another worker's narration in progress");
        assertTrue(Files.exists(ledgerTemp), "another worker's ledger write in progress");

        Thread.sleep(400);
        assertEquals(2, publisher.recover(Duration.ofMillis(200)), "once nothing has touched them for long enough");
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(ledgerTemp));
    }
}
