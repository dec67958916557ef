package io.github.narrator.audio;

import java.nio.file.Path;

import io.github.narrator.speech.Timeline;

import org.jspecify.annotations.Nullable;

/**
 * A finished, tagged narration in a staging folder, waiting to be published.
 *
 * @param mp3      the tagged MP3
 * @param wav      the WAV; null when WAV output is off
 * @param timeline when each sentence and chapter is heard
 * @param cover    the picture tagged into the MP3 and where it came from; null when none was looked for
 */
public record Recording(Path mp3, @Nullable Path wav, Timeline timeline, CoverArt.@Nullable Cover cover) {

    /** A recording without a cover. */
    public Recording(Path mp3, @Nullable Path wav, Timeline timeline) {
        this(mp3, wav, timeline, null);
    }
}
