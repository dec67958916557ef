package io.github.narrator.audio;

import java.io.IOException;
import java.nio.file.Path;

/** Writes ID3v2.4 tags in front of an MP3 stream. */
public class Id3Tagger {

    /** Reads the untagged {@code source}, writes it tagged to {@code target}. */
    public void tag(Path source, Path target, AudioTags tags) throws IOException {
        throw new UnsupportedOperationException("TODO: audio stage");
    }
}
