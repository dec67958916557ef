package io.github.narrator.publish;

import java.io.IOException;
import java.nio.file.Path;

import io.github.narrator.speech.Timeline;

/**
 * Where a narration is listed besides its own folder (the player page, the catalogue the feed is
 * written from), told by the {@link Publisher} as it publishes, so that publishing one narration
 * costs the same however many are published already.
 */
public interface Listing {

    /** Lists nothing. */
    Listing NONE = new Listing() {
        @Override
        public void stage(Path staging, NarrationMetadata metadata, Timeline timeline) {
        }

        @Override
        public void published(Path dir, NarrationMetadata metadata) {
        }
    };

    /** Adds files to the staged folder (complete but for them) before it is moved into place. */
    void stage(Path staging, NarrationMetadata metadata, Timeline timeline) throws IOException;

    /** The narration is in place in {@code dir}. */
    void published(Path dir, NarrationMetadata metadata) throws IOException;
}
