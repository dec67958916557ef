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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files that appear whole or not at all: written under a hidden temporary name beside the target,
 * synced, then renamed over it. A crash leaves at worst a temporary file, which
 * {@link #deleteTemporaryFiles} removes on the next start.
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

    /** Syncs {@code source} to disk and renames it to {@code target}, replacing what was there. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move " + source + " atomically to " + target
                    + ": temporary files must be on the same file system as the output", e);
        }
    }

    /** Removes temporary files left by a crash anywhere under {@code root}; returns how many. */
    public static int deleteTemporaryFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        AtomicInteger deleted = new AtomicInteger();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().contains(TEMP_MARK) && Files.deleteIfExists(file)) {
                    deleted.incrementAndGet();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (dir.getFileName().toString().contains(TEMP_MARK)) {
                    Files.deleteIfExists(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted.get();
    }
}
