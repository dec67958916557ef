package io.github.narrator.audio;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import io.github.narrator.extract.Article;

import org.jspecify.annotations.Nullable;

/**
 * The picture a narration's MP3 carries (ID3 APIC): the episode's own when there is a usable one,
 * else the channel's cover. Finding it may take a download, so it is started before synthesis and
 * only waited for when the MP3 is tagged.
 */
public interface CoverArt {

    /**
     * Starts finding the picture for {@code article}; an episode picture is also written into
     * {@code dir} (the narration's staging folder) under {@link Cover#episodeFile()}. Work that only
     * takes CPU may be left undone in a {@link java.util.concurrent.RunnableFuture}: the narration runs
     * it when it needs the picture, rather than have it take a core from the voice meanwhile.
     */
    Future<Cover> find(Article article, Path dir);

    /**
     * @param image       JPEG or PNG bytes; null for no picture
     * @param episodeFile the file in the narration's folder holding the episode's own picture; null
     *                    when {@code image} is the channel's cover
     * @param note        why the article's own picture was not used; null when it was, or none was sought
     */
    record Cover(byte @Nullable [] image, @Nullable String episodeFile, @Nullable String note) {
    }

    /** The same picture for every narration (or none, when null). */
    static CoverArt fixed(byte @Nullable [] image) {
        return (article, dir) -> CompletableFuture.completedFuture(new Cover(image, null, null));
    }
}
