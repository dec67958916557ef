package io.github.narrator.publish;

import java.util.List;

import io.github.narrator.speech.Timeline;

/**
 * Writes the WebVTT captions: each sentence in cues of at most two short lines (see {@link Captions}),
 * with the times they are heard. The sentences themselves, for read-along, are in {@link JsonTranscript}.
 */
public final class WebVtt {

    private WebVtt() {
    }

    public static String of(List<Timeline.Cue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        int number = 1;
        for (Captions.Caption caption : Captions.of(cues)) {
            vtt.append('\n')
               .append(number++).append('\n')
               .append(timestamp(caption.startMillis())).append(" --> ").append(timestamp(caption.endMillis())).append('\n');
            for (String line : caption.lines()) {
                vtt.append(escape(line)).append('\n');
            }
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
