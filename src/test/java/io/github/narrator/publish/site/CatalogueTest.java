package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.publish.NarrationMetadata;

class CatalogueTest {

    @TempDir
    Path state;

    @Test
    void aReadFromTheLastOffsetGetsOnlyWhatWasAppendedSince() throws Exception {
        Catalogue catalogue = new Catalogue(state);
        assertEquals(new Catalogue.Chunk(null, List.of(), 0), catalogue.read(null, 0));
        catalogue.append(entry("a"));
        catalogue.append(entry("b"));
        Catalogue.Chunk first = catalogue.read(null, 0);
        assertEquals(List.of("a", "b"), slugs(first));
        catalogue.append(entry("c"));
        Catalogue.Chunk next = catalogue.read(first.generation(), first.offset());
        assertEquals(List.of("c"), slugs(next));
        assertEquals(List.of(), slugs(catalogue.read(next.generation(), next.offset())));
    }

    @Test
    void aLineCutByACrashIsSkippedAndTheNextAppendStartsAFreshLine() throws Exception {
        Catalogue catalogue = new Catalogue(state);
        catalogue.append(entry("a"));
        Files.writeString(catalogue.file(), "{\"slug\":\"half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(List.of("a"), slugs(catalogue.read(null, 0)), "an unfinished line is not read");
        catalogue.append(entry("b"));
        assertEquals(List.of("a", "b"), slugs(catalogue.read(null, 0)));
    }

    @Test
    void aCompactionKeepsWhatWasAppendedMeanwhileAndReadersNoticeIt() throws Exception {
        Catalogue catalogue = new Catalogue(state);
        catalogue.append(entry("a"));
        catalogue.append(entry("a"));
        Catalogue.Chunk read = catalogue.read(null, 0);
        catalogue.append(entry("late"));
        catalogue.compact(List.of(entry("a")), read.generation(), read.offset());
        Catalogue.Chunk after = catalogue.read(read.generation(), read.offset());
        assertNotEquals(read.generation(), after.generation(), "a reader sees a new file and reads it whole");
        assertEquals(List.of("a", "late"), slugs(after));
    }

    @Test
    void concurrentAppendsLoseNoLine() throws Exception {
        Catalogue catalogue = new Catalogue(state);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String slug = "n" + i;
                appends.add(pool.submit(() -> {
                    catalogue.append(entry(slug));
                    return null;
                }));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, catalogue.read(null, 0).entries().stream().map(CatalogueEntry::slug).distinct().count());
    }

    private static List<String> slugs(Catalogue.Chunk chunk) {
        return chunk.entries().stream().map(CatalogueEntry::slug).toList();
    }

    static CatalogueEntry entry(String slug) {
        NarrationMetadata metadata = new NarrationMetadata(slug, "narrator:" + slug, null, null, "https://news.test/" + slug,
                "Title " + slug, null, null, null, null, "en", null, null, 100, 30.0, null, null, null, null, null,
                java.time.Instant.parse("2026-01-01T00:00:00Z"), null, null, null, null, null, null);
        return new CatalogueEntry(slug, 1000, true, true, true, metadata);
    }
}
