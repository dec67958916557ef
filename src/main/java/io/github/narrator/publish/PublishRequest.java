package io.github.narrator.publish;

import java.nio.file.Path;

import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.script.Script;

/**
 * Everything publishing needs for one article.
 *
 * @param stagingDir the folder the recording was written to (from {@link Publisher#newStagingDir})
 */
public record PublishRequest(
        String sourceUrl,
        Article article,
        Script script,
        Recording recording,
        Path stagingDir,
        String contentHash,
        Provenance provenance) {
}
