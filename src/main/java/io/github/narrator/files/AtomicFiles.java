package io.github.narrator.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Files that appear whole or not at all: written under a hidden temporary name beside the target,
 * synced, then renamed over it, and the folder synced. A crash, even a power cut, leaves the old file
 * or the new one and at worst a temporary file, which {@link #deleteTemporaryFiles} removes on the next start.
 */
public final class AtomicFiles {

    /** Every temporary file name contains this, and nothing else does. */
    public static final String TEMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically: readers see the old file or the new one, never a mix. */
    public static void write(Path target, Writer writer) throws IOException {
        Path temp = temporaryFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                writer.writeTo(out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A fresh hidden temporary name in {@code target}'s folder (same file system, so the rename is atomic). */
    public static Path temporaryFor(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent.resolve("." + target.getFileName() + TEMP_MARK + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * Syncs {@code source} to disk, renames it to {@code target} (replacing what was there), then
     * syncs the folder: the rename itself is only durable once the folder's entry is on disk, so a
     * power cut right after a write can neither lose the file nor leave its name pointing at nothing.
     */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        sync(source);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + source + " atomically to " + target
                    + ": temporary files must be on the same file system as the output", e);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a file's content (and its size) to disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (names created, renamed or removed in it) to disk. Where the system
     * cannot open a folder to sync it (Windows), its file system keeps names durable by itself.
     */
    public static void syncFolder(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException cannotOpenAFolder) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    /** Removes temporary files left by a crash anywhere under {@code root}; returns how many. */
    public static int deleteTemporaryFiles(Path root) throws IOException {
        return deleteTemporaryFiles(root, Duration.ZERO);
    }

    /** Removes temporary files under {@code root} unchanged for {@code olderThan} (others may be live writes). */
    public static int deleteTemporaryFiles(Path root, Duration olderThan) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        AtomicInteger deleted = new AtomicInteger();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().contains(TEMP_MARK) && unchangedFor(file, olderThan)
                        && Files.deleteIfExists(file)) {
                    deleted.incrementAndGet();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // renamed or deleted by another process meanwhile
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (dir.getFileName().toString().contains(TEMP_MARK) && unchangedFor(dir, olderThan)) {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (java.nio.file.DirectoryNotEmptyException stillInUse) {
                        // a live write inside it
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted.get();
    }

    /**
     * Whether nothing has changed {@code path} (its content, its name or, for a folder, the files
     * directly in it) for {@code age}. The status-change time is used where the file system has
     * one, since a rename does not change the modification time.
     */
    public static boolean unchangedFor(Path path, Duration age) {
        if (age.isZero()) {
            return true;
        }
        Instant cutoff = Instant.now().minus(age);
        try {
            if (changedAfter(path, cutoff)) {
                return false;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    for (Path child : (Iterable<Path>) children::iterator) {
                        if (changedAfter(child, cutoff)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean changedAfter(Path path, Instant cutoff) throws IOException {
        Instant changed = Files.getLastModifiedTime(path).toInstant();
        try {
            Object ctime = Files.getAttribute(path, "unix:ctime");
            if (ctime instanceof FileTime statusChange && statusChange.toInstant().isAfter(changed)) {
                changed = statusChange.toInstant();
            }
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            // the modification time alone
        }
        return changed.isAfter(cutoff);
    }
}
