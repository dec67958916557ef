package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.Json;
import io.github.narrator.files.LockFile;

import org.jspecify.annotations.Nullable;

/**
 * {@code state/catalogue.jsonl}: every published narration, one JSON line each, appended as it is
 * published. The feed and the lists are written from it, never from a read of every folder. A new
 * version of a narration is a new line for the same slug; the latest line wins.
 *
 * <p>Safe across threads and processes sharing {@code out/}: appends and compactions take turns
 * through a lock file, a reader only takes complete lines (a crash mid-append leaves a partial line,
 * which the next append closes and every reader skips), and a compaction writes a new file with a new
 * generation in its first line and renames it into place, so readers notice and read it afresh.
 */
final class Catalogue {

    static final String FILE = "catalogue.jsonl";
    private static final String LOCK = ".catalogue.lock";
    private static final Logger LOG = LoggerFactory.getLogger(Catalogue.class);
    private static final ObjectWriter LINE = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** The first line: which version of the file this is, so readers notice a compaction. */
    record Header(int catalogue, String generation) {
    }

    /**
     * What a read found.
     *
     * @param generation the file's generation; a reader that had another starts over; null when there is no file yet
     * @param entries    the complete lines from the offset read from, in order
     * @param offset     where the next read starts
     */
    record Chunk(@Nullable String generation, List<CatalogueEntry> entries, long offset) {
    }

    private final Path file;
    private final Path lockFile;

    Catalogue(Path stateDir) {
        this.file = stateDir.resolve(FILE);
        this.lockFile = stateDir.resolve(LOCK);
    }

    Path file() {
        return file;
    }

    /** Appends one narration (creating the file with its header first). */
    void append(CatalogueEntry entry) throws IOException {
        byte[] line = (LINE.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        locked(() -> {
            if (!Files.exists(file)) {
                write(List.of(), new byte[0]);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long size = channel.size();
                ByteBuffer last = ByteBuffer.allocate(1);
                boolean closed = size == 0 || channel.read(last, size - 1) == 1 && last.get(0) == '\n';
                ByteBuffer out = ByteBuffer.allocate(line.length + 1);
                if (!closed) {
                    out.put((byte) '\n'); // a crash cut the last line: end it, readers skip it
                }
                out.put(line).flip();
                while (out.hasRemaining()) {
                    channel.write(out, size + out.position());
                }
                channel.force(false);
            }
            return null;
        });
    }

    /**
     * The complete lines after {@code offset}, when the file is still of {@code generation}; else
     * (or when {@code generation} is null) every line from the start, with the new generation.
     */
    Chunk read(@Nullable String generation, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = readAt(channel, 0, (int) Math.min(size, 4096));
            int headerEnd = indexOf(head, 0);
            if (headerEnd < 0) {
                return new Chunk(null, List.of(), 0);
            }
            String current = header(new String(head, 0, headerEnd, StandardCharsets.UTF_8)).generation();
            long from = current.equals(generation) && offset > headerEnd && offset <= size ? offset : headerEnd + 1;
            if (size - from > Integer.MAX_VALUE - 16) {
                throw new IOException(file + " is larger than 2 GB: too large to read");
            }
            byte[] bytes = readAt(channel, from, (int) (size - from));
            List<CatalogueEntry> entries = new ArrayList<>();
            int start = 0;
            for (int end = indexOf(bytes, start); end >= 0; end = indexOf(bytes, start)) {
                if (end > start) {
                    parse(new String(bytes, start, end - start, StandardCharsets.UTF_8)).ifPresent(entries::add);
                }
                start = end + 1;
            }
            return new Chunk(current, entries, from + start);
        } catch (NoSuchFileException none) {
            return new Chunk(null, List.of(), 0);
        }
    }

    private static byte[] readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    /**
     * Rewrites the file with {@code live} (one line each) followed by whatever was appended after
     * {@code readUpTo} of {@code generation} meanwhile, under a new generation.
     */
    void compact(List<CatalogueEntry> live, @Nullable String generation, long readUpTo) throws IOException {
        locked(() -> {
            Chunk since = Files.exists(file) ? read(generation, readUpTo) : new Chunk(null, List.of(), 0);
            List<CatalogueEntry> all = new ArrayList<>(live);
            if (generation != null && generation.equals(since.generation())) {
                all.addAll(since.entries());
            }
            StringBuilder lines = new StringBuilder();
            for (CatalogueEntry entry : all) {
                lines.append(LINE.writeValueAsString(entry)).append('\n');
            }
            write(all, lines.toString().getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private void write(List<CatalogueEntry> entries, byte[] lines) throws IOException {
        byte[] header = (LINE.writeValueAsString(new Header(1, UUID.randomUUID().toString())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            out.write(header);
            out.write(lines);
        });
        LOG.debug("catalogue written with {} narrations", entries.size());
    }

    private static Header header(String line) throws IOException {
        try {
            Header header = Json.MAPPER.readValue(line, Header.class);
            if (header.generation() == null) {
                throw new IOException("no generation");
            }
            return header;
        } catch (IOException e) {
            throw new IOException("the catalogue's first line is not its header: " + e.getMessage(), e);
        }
    }

    private static java.util.Optional<CatalogueEntry> parse(String line) {
        try {
            CatalogueEntry entry = Json.MAPPER.readValue(line, CatalogueEntry.class);
            if (entry.slug() == null || entry.metadata() == null || entry.metadata().title() == null
                    || entry.metadata().guid() == null) {
                throw new IOException("a line without slug, title or guid");
            }
            return java.util.Optional.of(entry);
        } catch (IOException e) {
            LOG.warn("skipping a damaged catalogue line ({} characters): {}", line.length(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private interface LockedWork {
        Object run() throws IOException;
    }

    private void locked(LockedWork work) throws IOException {
        Files.createDirectories(lockFile.getParent());
        try (LockFile lock = LockFile.take(lockFile)) {
            work.run();
        }
    }
}
