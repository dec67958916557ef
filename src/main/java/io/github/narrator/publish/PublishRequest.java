package io.github.narrator.publish;

import java.nio.file.Path;

import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.script.Script;

import org.jspecify.annotations.Nullable;

/**
 * Everything publishing needs for one article.
 *
 * @param source     the id of the source route the article came from; null when unknown
 * @param stagingDir the folder the recording was written to (from {@link Publisher#newStagingDir})
 */
public record PublishRequest(
        String sourceUrl,
        @Nullable String source,
        Article article,
        Script script,
        Recording recording,
        Path stagingDir,
        String contentHash,
        Provenance provenance) {
}
