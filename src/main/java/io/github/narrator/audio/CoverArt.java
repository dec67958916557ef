package io.github.narrator.audio;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import io.github.narrator.extract.Article;

/**
 * The picture a narration's MP3 carries (ID3 APIC): the episode's own when there is a usable one,
 * else the channel's cover. Finding it may take a download, so it is started before synthesis and
 * only waited for when the MP3 is tagged.
 */
public interface CoverArt {

    /**
     * Starts finding the picture for {@code article}; an episode picture is also written into
     * {@code dir} (the narration's staging folder) under {@link Cover#episodeFile()}.
     */
    Future<Cover> find(Article article, Path dir);

    /**
     * @param image       JPEG or PNG bytes, or null for none
     * @param episodeFile the file in the narration's folder holding the episode's own picture, or null
     *                    when {@code image} is the channel's cover
     * @param note        why the article's own picture was not used, or null
     */
    record Cover(byte[] image, String episodeFile, String note) {
    }

    /** The same picture for every narration (or none, when null). */
    static CoverArt fixed(byte[] image) {
        return (article, dir) -> CompletableFuture.completedFuture(new Cover(image, null, null));
    }
}
