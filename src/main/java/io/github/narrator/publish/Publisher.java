package io.github.narrator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.io.FileUtils;

import io.github.narrator.audio.CoverArt;
import io.github.narrator.audio.Provenance;
import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.extract.Article;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.Json;
import io.github.narrator.files.MediaTypes;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.files.PublicUrl;
import io.github.narrator.speech.SpeechFormat;
import io.github.narrator.speech.Timeline;

import org.jspecify.annotations.Nullable;

/**
 * Puts a finished narration in {@code out/articles/<slug>/} so that the folder is always complete:
 * every file is first written to a hidden staging folder inside {@code out/}, then the whole folder
 * is renamed into place. A narration that replaces an older one moves the old folder aside first
 * and deletes it after; {@link #recover} puts it back if a crash fell between the two renames.
 */
public class Publisher {

    private final Path outDir;
    private final Path articlesDir;
    private final Path stagingRoot;
    private final Path retiredRoot;
    private final Listing listing;

    public Publisher(Path outDir) {
        this(outDir, Listing.NONE);
    }

    /** @param listing told of every narration as it is published (the site: player page and catalogue) */
    public Publisher(Path outDir, Listing listing) {
        this.outDir = outDir;
        this.listing = listing;
        this.articlesDir = outDir.resolve("articles");
        this.stagingRoot = outDir.resolve(".staging");
        this.retiredRoot = outDir.resolve(".retired");
    }

    public Path articlesDir() {
        return articlesDir;
    }

    /** A new, empty staging folder for one narration's files. */
    public Path newStagingDir(String slug) throws IOException {
        Files.createDirectories(stagingRoot);
        return Files.createDirectory(AtomicFiles.temporaryFor(stagingRoot.resolve(slug)));
    }

    /** Deletes a staging folder whose narration failed. */
    public void discard(Path stagingDir) {
        FileUtils.deleteQuietly(stagingDir.toFile());
    }

    /** Publishes the staged recording with its transcript, script and metadata; returns the metadata written. */
    public NarrationMetadata publish(PublishRequest request) throws IOException {
        Article article = request.article();
        String slug = ArticleSlug.of(article.canonicalUrl());
        Path staging = request.stagingDir();

        Timeline timeline = request.recording().timeline();
        Files.writeString(staging.resolve(NarrationFiles.VTT), WebVtt.of(timeline.cues()), StandardCharsets.UTF_8);
        Json.writeStaged(staging.resolve(NarrationFiles.TRANSCRIPT), JsonTranscript.of(timeline.cues()));
        Files.writeString(staging.resolve(NarrationFiles.SCRIPT), request.script().spokenText(), StandardCharsets.UTF_8);
        Json.writeStaged(staging.resolve(NarrationFiles.CHAPTERS), JsonChapters.of(timeline.chapters()));
        Path target = articlesDir.resolve(slug);
        NarrationMetadata metadata = metadata(slug, request, describeFiles(staging), firstPublished(target));
        Json.writeStaged(staging.resolve(NarrationFiles.METADATA), metadata);
        listing.stage(staging, metadata, timeline);

        moveIntoPlace(staging, target);
        listing.published(target, metadata);
        return metadata;
    }

    /**
     * When the narration this one replaces first appeared, so that a new version of an article
     * keeps its place in the feed; null for a first narration (or an unreadable old one).
     */
    private static @Nullable Instant firstPublished(Path existing) {
        Path file = existing.resolve(NarrationFiles.METADATA);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            NarrationMetadata old = Json.read(file, NarrationMetadata.class);
            return old.episodePublishedAt() != null ? old.episodePublishedAt() : old.generatedAt();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * Renames the staged folder into place. Every staged file and the folder itself are synced first,
     * and each folder a rename changes after it, so that after a power cut the narration is there
     * whole, or the old one is (put back by {@link #recover} when it was moved aside).
     */
    private void moveIntoPlace(Path staging, Path target) throws IOException {
        try (Stream<Path> staged = Files.list(staging)) {
            for (Path file : (Iterable<Path>) staged::iterator) {
                if (Files.isRegularFile(file)) {
                    AtomicFiles.sync(file);
                }
            }
        }
        AtomicFiles.syncFolder(staging);
        Files.createDirectories(articlesDir);
        Path retired = null;
        if (Files.exists(target)) {
            Files.createDirectories(retiredRoot);
            retired = AtomicFiles.temporaryFor(retiredRoot.resolve(target.getFileName()));
            Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncFolder(retiredRoot);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.syncFolder(articlesDir);
        AtomicFiles.syncFolder(stagingRoot);
        if (retired != null) {
            FileUtils.deleteDirectory(retired.toFile());
        }
    }

    /**
     * Finishes what a crash interrupted: an old narration moved aside but not replaced is put back,
     * and staging folders and temporary files are deleted. Call before any narration starts.
     *
     * @return how many leftovers were cleaned up
     */
    public int recover() throws IOException {
        return recover(Duration.ZERO);
    }

    /**
     * {@link #recover()} for an output folder other live processes may be writing to (workers on a
     * shared folder): only leftovers unchanged for {@code olderThan} are touched, which no live
     * narration leaves once {@code olderThan} exceeds its time limit.
     */
    public int recover(Duration olderThan) throws IOException {
        int cleaned = 0;
        if (Files.isDirectory(retiredRoot)) {
            try (Stream<Path> retired = Files.list(retiredRoot)) {
                for (Path old : (Iterable<Path>) retired::iterator) {
                    if (!AtomicFiles.unchangedFor(old, olderThan)) {
                        continue;
                    }
                    String name = old.getFileName().toString();
                    Path target = articlesDir.resolve(name.substring(1, name.indexOf(AtomicFiles.TEMP_MARK)));
                    if (Files.exists(target)) {
                        FileUtils.deleteDirectory(old.toFile());
                    } else {
                        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                    cleaned++;
                }
            }
        }
        if (Files.isDirectory(stagingRoot)) {
            try (Stream<Path> staged = Files.list(stagingRoot)) {
                for (Path leftover : (Iterable<Path>) staged::iterator) {
                    if (AtomicFiles.unchangedFor(leftover, olderThan)) {
                        FileUtils.deleteDirectory(leftover.toFile());
                        cleaned++;
                    }
                }
            }
        }
        // Not only articles/: the feed, pages, cover and the state files are written the same way.
        return cleaned + AtomicFiles.deleteTemporaryFiles(outDir, olderThan);
    }

    private static NarrationMetadata metadata(String slug, PublishRequest request, Map<String, NarrationMetadata.FileInfo> files,
            @Nullable Instant firstPublished) {
        Article article = request.article();
        Instant now = Instant.now();
        CoverArt.Cover cover = request.recording().cover();
        Timeline timeline = request.recording().timeline();
        Provenance provenance = request.provenance();
        List<NarrationMetadata.Chapter> chapters = timeline.chapters().stream()
                .map(c -> new NarrationMetadata.Chapter(c.title(), c.startMillis() / 1000.0, c.endMillis() / 1000.0))
                .toList();
        return new NarrationMetadata(
                slug,
                guidOf(article.canonicalUrl()),
                PublicUrl.of(request.sourceUrl()),
                request.source(),
                PublicUrl.of(article.canonicalUrl()),
                article.title(),
                article.byline(),
                article.siteName(),
                article.publishedAt(),
                article.modifiedAt(),
                article.language(),
                article.description(),
                PublicUrl.of(article.leadImageUrl()),
                article.wordCount(),
                timeline.totalSamples() / (double) SpeechFormat.SAMPLE_RATE,
                files,
                chapters,
                provenance.voice(),
                provenance.ttsEngine(),
                provenance.generator(),
                now,
                request.contentHash(),
                new NarrationMetadata.AiDisclosure(provenance.disclosureLabel(), true, provenance.digitalSourceType(),
                        true, provenance.generator()),
                request.script().notes(),
                firstPublished != null ? firstPublished : now,
                cover == null ? null : cover.episodeFile(),
                cover == null ? null : cover.note());
    }

    /** A feed GUID: derived from the canonical URL only, so it never changes and is never reused. */
    static String guidOf(String canonicalUrl) {
        return "narrator:" + ContentHash.sha256Hex(canonicalUrl).substring(0, 32);
    }

    private static Map<String, NarrationMetadata.FileInfo> describeFiles(Path dir) throws IOException {
        Map<String, NarrationMetadata.FileInfo> files = new LinkedHashMap<>();
        for (String name : List.of(NarrationFiles.MP3, NarrationFiles.WAV, NarrationFiles.VTT, NarrationFiles.TRANSCRIPT,
                NarrationFiles.SCRIPT, NarrationFiles.CHAPTERS, NarrationFiles.COVER)) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                files.put(name, new NarrationMetadata.FileInfo(Files.size(file), sha256(file), MediaTypes.contentType(name)));
            }
        }
        return files;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
