package io.github.narrator.publish;

import java.util.List;

import io.github.narrator.speech.Timeline;

/** Writes a WebVTT transcript: one cue per sentence, with the times it is heard. */
public final class WebVtt {

    private WebVtt() {
    }

    public static String of(List<Timeline.Cue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        int number = 1;
        for (Timeline.Cue cue : cues) {
            vtt.append('\n')
               .append(number++).append('\n')
               .append(timestamp(cue.startMillis())).append(" --> ").append(timestamp(cue.endMillis())).append('\n')
               .append(escape(cue.written())).append('\n');
        }
        return vtt.toString();
    }

    static String timestamp(long millis) {
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }

    /** Cue text may not contain "-->" or a blank line; & and < must be escaped. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
