package io.github.narrator.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps a second process off an output folder that a run with the in-JVM queue is using: both
 * would narrate the same articles, and each one's start-up clean-up would delete the other's work
 * in progress. The operating system releases the lock when the process ends, however it ends, so
 * a crashed run never leaves a stale lock behind. (Runs sharing a broker queue coordinate through
 * their claims instead and take no lock.)
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = ".run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IllegalStateException when another process (or another run in this one) holds the folder */
    static OutputLock acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another narrator run is using " + outDir + " (it holds " + file
                    + "): wait until it ends, or give this run another --out");
        }
        // For people wondering who holds it; the lock itself is what counts.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
        return new OutputLock(channel, lock);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            lock.release();
            channel.close();
        }
    }
}
