package io.github.narrator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.github.narrator.files.LockFile;

/**
 * Keeps a second process off an output folder that a run with the in-JVM queue is using: both
 * would narrate the same articles. (Runs sharing a broker queue coordinate through their claims
 * instead and take no lock; whether anyone's leftovers may be cleaned up is {@code FolderWriters}'s to say.)
 */
final class OutputLock {

    static final String FILE = ".run.lock";

    private OutputLock() {
    }

    /** @throws IllegalStateException when another process (or another run in this one) holds the folder */
    static LockFile acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        return LockFile.tryTake(file, "pid " + ProcessHandle.current().pid() + " since " + Instant.now())
                .orElseThrow(() -> new IllegalStateException("another narrator run is using " + outDir + " (it holds " + file
                        + "): wait until it ends, or give this run another --out"));
    }
}
