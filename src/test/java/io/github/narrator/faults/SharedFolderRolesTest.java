package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.cli.Cli;
import io.github.narrator.testing.Slow;

/**
 * {@code convert} (or {@code run}) on an output folder that worker processes share: its start-up
 * clean-up leaves their work in progress alone, and cleans up after them only once they are gone.
 */
@Slow
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SharedFolderRolesTest {

    private static final String SAMPLE = Path.of("samples", "articles", "local-bridge-closure.html").toString();

    @TempDir
    Path work;

    @Test
    void convertLeavesAnotherProcesssStagingAloneAndCleansItOnceThatProcessIsGone() throws Exception {
        Path out = work.resolve("out");
        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SharedFolderWorker.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        Path staging;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
                assertTrue(line != null, "the worker died before it staged anything");
            } while (!line.startsWith("staging "));
            staging = Path.of(line.substring("staging ".length()));

            Cli.Result convert = Cli.run("convert", SAMPLE, "--out", out.toString());
            assertEquals(0, convert.status(), convert.toString());
            assertTrue(Files.exists(staging.resolve("narration.mp3")), "the worker's narration in progress is still there");
        } finally {
            worker.destroyForcibly().waitFor(); // as kill -9
        }

        Cli.Result again = Cli.run("convert", SAMPLE, "--out", out.toString());
        assertEquals(0, again.status(), again.toString());
        assertFalse(Files.exists(staging), "alone on the folder now, the dead worker's leftovers are cleaned up");
        try (var left = Files.list(out.resolve(".staging"))) {
            assertEquals(List.of(), left.toList());
        }
    }
}
