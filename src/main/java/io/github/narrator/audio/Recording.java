package io.github.narrator.audio;

import java.nio.file.Path;

import io.github.narrator.speech.Timeline;

/**
 * A finished, tagged narration in a staging folder, waiting to be published.
 *
 * @param mp3      the tagged MP3
 * @param wav      the WAV, or null when WAV output is off
 * @param timeline when each sentence and chapter is heard
 * @param cover    the picture tagged into the MP3 and where it came from, or null
 */
public record Recording(Path mp3, Path wav, Timeline timeline, CoverArt.Cover cover) {

    /** A recording without a cover. */
    public Recording(Path mp3, Path wav, Timeline timeline) {
        this(mp3, wav, timeline, null);
    }
}
