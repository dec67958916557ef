package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.testing.Slow;

/**
 * Two runs on the same out/ with the embedded queue: the second refuses at once with a message
 * that says why and what to do, touching nothing; once the first ends, a run starts normally. The
 * lock belongs to the process, so a run killed with -9 leaves no stale lock (CrashRecoveryTest
 * restarts ten killed runs on one folder).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@Slow
class ConcurrentRunsTest {

    @TempDir
    Path work;

    @Test
    void aSecondRunOnTheSameOutputFolderRefusesWithAClearMessage() throws Exception {
        Path routes = Files.createDirectories(work.resolve("routes"));
        Path out = work.resolve("out");
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties")).with("narrator.out", out.toString());

        try (NarratorRunner first = new NarratorRunner(config, routes, new PrintStream(PrintStream.nullOutputStream()), false)) {
            Process second = child(routes, out);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String error = Files.readString(work.resolve("child.err"));
            assertEquals(1, second.exitValue(), error);
            assertTrue(error.contains("another narrator run is using " + out), error);
            assertTrue(error.contains("another --out"), error);

            IllegalStateException inThisProcess = assertThrows(IllegalStateException.class,
                    () -> new NarratorRunner(config, routes, new PrintStream(PrintStream.nullOutputStream()), false));
            assertTrue(inThisProcess.getMessage().contains("another narrator run"), inThisProcess.getMessage());
        }

        Process afterwards = child(routes, out);
        assertTrue(afterwards.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, afterwards.exitValue(), Files.readString(work.resolve("child.err")));
    }

    private Process child(Path routes, Path out) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.github.narrator.cli.NarratorCommand",
                "run", "--once", "--routes", routes.toString(), "--out", out.toString()))
                .directory(work.toFile())
                .redirectOutput(work.resolve("child.out").toFile())
                .redirectError(work.resolve("child.err").toFile())
                .start();
    }
}
