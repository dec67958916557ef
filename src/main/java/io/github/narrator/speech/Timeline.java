package io.github.narrator.speech;

import java.util.List;

/**
 * When each sentence and chapter is heard in the narration, measured from the samples actually
 * written, so transcripts and chapters line up with the audio.
 */
public record Timeline(List<Cue> cues, List<ChapterMark> chapters, long totalSamples) {

    public Timeline {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
    }

    public long durationMillis() {
        return SpeechFormat.samplesToMillis(totalSamples);
    }

    /** One sentence: written and spoken text and when it is heard (pause before excluded). */
    public record Cue(String written, String spoken, long startMillis, long endMillis) {
    }

    /** One chapter: its title and when it starts and ends. */
    public record ChapterMark(String title, long startMillis, long endMillis) {
    }
}
