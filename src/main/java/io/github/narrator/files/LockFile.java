package io.github.narrator.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * A lock on a file, held against other processes (the operating system's lock, released when the
 * process ends, however it ends, so a crash never leaves a stale lock) and against other threads of
 * this process (which the operating system's lock does not tell apart).
 */
public final class LockFile implements AutoCloseable {

    private static final ConcurrentMap<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore threads;
    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(Semaphore threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting while another process or thread holds it. */
    public static LockFile take(Path file) throws IOException {
        Semaphore threads = threadsOf(file);
        threads.acquireUninterruptibly();
        return lockOrRelease(threads, file, true).orElseThrow();
    }

    /**
     * Takes the lock unless another process or thread holds it, and writes {@code holder} into the
     * file for people wondering who has it (the lock itself is what counts).
     */
    public static Optional<LockFile> tryTake(Path file, String holder) throws IOException {
        Semaphore threads = threadsOf(file);
        if (!threads.tryAcquire()) {
            return Optional.empty();
        }
        Optional<LockFile> taken = lockOrRelease(threads, file, false);
        if (taken.isPresent()) {
            FileChannel channel = taken.get().channel;
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return taken;
    }

    private static Semaphore threadsOf(Path file) {
        return IN_THIS_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new Semaphore(1));
    }

    private static Optional<LockFile> lockOrRelease(Semaphore threads, Path file, boolean wait) throws IOException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = wait ? channel.lock() : channel.tryLock();
            if (lock != null) {
                return Optional.of(new LockFile(threads, channel, lock));
            }
        } catch (IOException | RuntimeException e) {
            release(threads, channel);
            throw e;
        }
        release(threads, channel);
        return Optional.empty();
    }

    private static void release(Semaphore threads, FileChannel channel) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            threads.release();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            try {
                lock.release();
            } finally {
                release(threads, channel);
            }
        }
    }
}
