package io.github.narrator.publish;

import java.util.List;

import io.github.narrator.speech.Timeline;

/**
 * {@code chapters.json} in the Podcasting 2.0 JSON chapters format, which podcast apps read from the
 * feed's {@code podcast:chapters} element: one entry per chapter with the second it starts.
 */
public final class JsonChapters {

    public static final String VERSION = "1.2.0";

    /** The whole file. */
    public record Document(String version, List<Entry> chapters) {
        public Document {
            chapters = List.copyOf(chapters);
        }
    }

    /** One chapter; times in seconds from the start of the audio. */
    public record Entry(double startTime, double endTime, String title) {
    }

    private JsonChapters() {
    }

    public static Document of(List<Timeline.ChapterMark> marks) {
        return new Document(VERSION, marks.stream()
                .map(mark -> new Entry(seconds(mark.startMillis()), seconds(mark.endMillis()), mark.title()))
                .toList());
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
