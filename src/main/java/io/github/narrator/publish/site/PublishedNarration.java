package io.github.narrator.publish.site;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.narrator.publish.NarrationMetadata;

/**
 * One narration as found in {@code out/articles/<slug>/}: its metadata and what its folder really holds.
 *
 * @param slug        the folder name
 * @param dir         the folder
 * @param metadata    its {@code metadata.json}
 * @param mp3Bytes    the size of {@code narration.mp3} on disk (the feed's enclosure length)
 * @param transcript  whether {@code narration.vtt} is there
 * @param chapters    whether {@code chapters.json} is there
 * @param sentences   whether {@code transcript.json} (whole sentences) is there
 */
record PublishedNarration(String slug, Path dir, NarrationMetadata metadata, long mp3Bytes,
        boolean transcript, boolean chapters, boolean sentences) {

    private static final OffsetDateTime EPOCH = OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

    /** When the article was published, or else when it was narrated: what the pages show. */
    public OffsetDateTime date() {
        if (metadata.publishedAt() != null) {
            return metadata.publishedAt();
        }
        return metadata.generatedAt() == null ? EPOCH : metadata.generatedAt().atOffset(ZoneOffset.UTC);
    }

    /** When the narration first appeared (older narrations: when it was made, or else the article's date). */
    public OffsetDateTime episodeDate() {
        if (metadata.episodePublishedAt() != null) {
            return metadata.episodePublishedAt().atOffset(ZoneOffset.UTC);
        }
        return metadata.generatedAt() != null ? metadata.generatedAt().atOffset(ZoneOffset.UTC) : date();
    }

    /** The item's {@code pubDate}, and the order of the feed and the pages. */
    public OffsetDateTime feedDate(FeedSettings.PubDates pubDates) {
        return pubDates == FeedSettings.PubDates.ARTICLE ? date() : episodeDate();
    }

    /** The path of one of its files relative to {@code out/}, for links and URLs. */
    public String path(String fileName) {
        return SiteBuilder.ARTICLES + "/" + slug + "/" + fileName;
    }
}
