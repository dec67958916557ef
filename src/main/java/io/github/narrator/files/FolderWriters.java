package io.github.narrator.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The processes writing into one output folder, whatever their role ({@code run}, {@code convert},
 * ingest, workers, on this machine or others sharing the folder): each holds a shared lock on
 * {@value #FILE} for its life. A process that can take the lock exclusively is alone, and only then
 * may it treat every leftover (staging folders, temporary files, narrations moved aside) as a crash's;
 * while others write, their work in progress is not its to clean. The operating system releases a
 * lock when its process ends, however it ends, so a crash never leaves the folder looking busy.
 */
public final class FolderWriters implements AutoCloseable {

    public static final String FILE = ".writers.lock";

    /** The folders this JVM writes into, with how many writers of this JVM each has (the OS lock is per process). */
    private static final Map<Path, Holding> HELD = new HashMap<>();

    /** What a process does on joining, knowing whether it is alone. */
    @FunctionalInterface
    public interface OnJoin {
        void run(boolean alone) throws IOException;
    }

    private static final class Holding {
        FileChannel channel;
        FileLock shared;
        int writers;
    }

    private final Path key;
    private boolean closed;

    private FolderWriters(Path key) {
        this.key = key;
    }

    /**
     * Joins the writers of {@code folder}; {@code onJoin} runs first, told whether no other writer
     * (in this process or any other) is there, and while it runs no other process can join as alone.
     */
    public static FolderWriters join(Path folder, OnJoin onJoin) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (HELD) {
            Holding holding = HELD.get(key);
            if (holding != null) {
                onJoin.run(false); // another writer of this process is there
                holding.writers++;
                return new FolderWriters(key);
            }
            Files.createDirectories(key);
            FileChannel channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock alone = channel.tryLock();
                try {
                    onJoin.run(alone != null);
                } finally {
                    if (alone != null) {
                        alone.release();
                    }
                }
                Holding held = new Holding();
                held.channel = channel;
                held.shared = channel.lock(0, Long.MAX_VALUE, true); // waits only while another process cleans up alone
                held.writers = 1;
                HELD.put(key, held);
                return new FolderWriters(key);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    /** Leaves the writers; the last writer of this process releases the lock. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            Holding holding = HELD.get(key);
            if (holding != null && --holding.writers == 0) {
                HELD.remove(key);
                try {
                    holding.shared.release();
                } finally {
                    holding.channel.close();
                }
            }
        }
    }
}
