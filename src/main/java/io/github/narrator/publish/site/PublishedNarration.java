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
 */
public record PublishedNarration(String slug, Path dir, NarrationMetadata metadata, long mp3Bytes,
        boolean transcript, boolean chapters) {

    /** When the article was published, or else when it was narrated: the order of the feed and the list. */
    public OffsetDateTime date() {
        if (metadata.publishedAt() != null) {
            return metadata.publishedAt();
        }
        return metadata.generatedAt() == null ? OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC)
                : metadata.generatedAt().atOffset(ZoneOffset.UTC);
    }

    /** The path of one of its files relative to {@code out/}, for links and URLs. */
    public String path(String fileName) {
        return SiteBuilder.ARTICLES + "/" + slug + "/" + fileName;
    }
}
