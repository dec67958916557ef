package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.NarrationMetadata;

/**
 * Reads published narrations from their folders under {@code out/articles/}: the way back when the
 * catalogue misses some (narrations from before it existed, or a crash between publishing and
 * cataloguing). A folder without a readable {@code metadata.json} and MP3 is left out (the publisher
 * writes metadata last, so a folder that has it is complete; one being replaced may vanish while we read).
 */
final class NarrationCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(NarrationCatalog.class);

    private NarrationCatalog() {
    }

    static List<PublishedNarration> read(Path articlesDir) throws IOException {
        List<PublishedNarration> narrations = new ArrayList<>();
        if (!Files.isDirectory(articlesDir)) {
            return narrations;
        }
        try (Stream<Path> dirs = Files.list(articlesDir)) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                String slug = dir.getFileName().toString();
                if (slug.startsWith(".") || !Files.isDirectory(dir)) {
                    continue;
                }
                try {
                    narrations.add(readOne(slug, dir));
                } catch (NoSuchFileException vanishedOrIncomplete) {
                    LOG.debug("skipping {}: {} is missing", dir, vanishedOrIncomplete.getFile());
                } catch (IOException unreadable) {
                    LOG.warn("skipping {}: {}", dir, unreadable.getMessage());
                }
            }
        }
        narrations.sort(Comparator.comparing(PublishedNarration::date).reversed()
                .thenComparing(PublishedNarration::slug));
        return narrations;
    }

    /** The folder names under {@code articles/} that may be narrations (hidden ones are staging leftovers). */
    static List<String> slugs(Path articlesDir) throws IOException {
        if (!Files.isDirectory(articlesDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(articlesDir)) {
            return dirs.map(dir -> dir.getFileName().toString()).filter(slug -> !slug.startsWith(".")).sorted().toList();
        }
    }

    /** One folder's narration, or empty when it is incomplete, vanished or unreadable. */
    static java.util.Optional<PublishedNarration> tryRead(Path articlesDir, String slug) {
        Path dir = articlesDir.resolve(slug);
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(readOne(slug, dir));
        } catch (NoSuchFileException vanishedOrIncomplete) {
            LOG.debug("skipping {}: {} is missing", dir, vanishedOrIncomplete.getFile());
        } catch (IOException unreadable) {
            LOG.warn("skipping {}: {}", dir, unreadable.getMessage());
        }
        return java.util.Optional.empty();
    }

    private static PublishedNarration readOne(String slug, Path dir) throws IOException {
        NarrationMetadata metadata = Json.MAPPER.readValue(Files.readAllBytes(dir.resolve(NarrationFiles.METADATA)),
                NarrationMetadata.class);
        if (metadata.title() == null || metadata.guid() == null) {
            throw new IOException(NarrationFiles.METADATA + " has no title or guid");
        }
        long mp3Bytes = Files.size(dir.resolve(NarrationFiles.MP3));
        return new PublishedNarration(slug, dir, metadata, mp3Bytes, Files.isRegularFile(dir.resolve(NarrationFiles.VTT)),
                Files.isRegularFile(dir.resolve(NarrationFiles.CHAPTERS)), Files.isRegularFile(dir.resolve(NarrationFiles.TRANSCRIPT)));
    }
}
