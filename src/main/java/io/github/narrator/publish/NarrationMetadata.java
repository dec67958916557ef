package io.github.narrator.publish;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code metadata.json}: what a narration is, where it came from, which files make it up, and that
 * it is synthetic. Written last when publishing, so it always describes complete files.
 *
 * <p>{@code source} is the id of the source route that found the article (e.g. {@code samples-feed},
 * or {@code command line}); files written before it existed have none. An article two routes reach
 * is narrated once, so its source is the route whose find was narrated.
 *
 * <p>{@code episodePublishedAt} is when the narration first appeared (a new version of the article
 * keeps it): the feed's {@code pubDate}. {@code publishedAt} stays the article's own date.
 * {@code image} names the episode's own picture in the folder ({@code cover.jpg}) when the article's
 * lead image was used; {@code imageNote} says why it was not, when it was not. The catalogue's copy
 * leaves out {@code files}, {@code chapters} and {@code notes}.
 */
public record NarrationMetadata(
        String id,
        String guid,
        String sourceUrl,
        @Nullable String source,
        String canonicalUrl,
        String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime modifiedAt,
        String language,
        @Nullable String description,
        @Nullable String leadImageUrl,
        int wordCount,
        double durationSeconds,
        @Nullable Map<String, FileInfo> files,
        @Nullable List<Chapter> chapters,
        String voice,
        String ttsEngine,
        String generator,
        Instant generatedAt,
        String contentHash,
        AiDisclosure aiDisclosure,
        @Nullable List<String> notes,
        Instant episodePublishedAt,
        @Nullable String image,
        @Nullable String imageNote) {

    /** Size and SHA-256 of one published file. */
    public record FileInfo(long bytes, String sha256, String contentType) {
    }

    /** A chapter and when it starts, in seconds. */
    public record Chapter(String title, double startSeconds, double endSeconds) {
    }

    /** The machine-readable mark that the audio is AI-generated. */
    public record AiDisclosure(String label, boolean synthetic, String digitalSourceType, boolean spoken, String generator) {
    }
}
