package io.github.narrator.publish;

import java.util.List;

import io.github.narrator.speech.Timeline;

/**
 * {@code transcript.json}: the narration sentence by sentence, in the Podcasting 2.0 JSON transcript
 * format. The captions ({@code narration.vtt}) cut long sentences into short cues for a screen; this
 * keeps whole sentences with their times, for the read-along page and for apps that show a transcript.
 */
public final class JsonTranscript {

    public static final String VERSION = "1.0.0";

    /** The whole file. */
    public record Document(String version, List<Segment> segments) {
        public Document {
            segments = List.copyOf(segments);
        }
    }

    /** One sentence and when it is heard, in seconds. */
    public record Segment(double startTime, double endTime, String body) {
    }

    private JsonTranscript() {
    }

    public static Document of(List<Timeline.Cue> sentences) {
        return new Document(VERSION, sentences.stream()
                .map(cue -> new Segment(cue.startMillis() / 1000.0, cue.endMillis() / 1000.0,
                        cue.written().replaceAll("\\s+", " ").strip()))
                .filter(segment -> !segment.body().isEmpty())
                .toList());
    }
}
