package io.github.narrator.publish.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cues of a WebVTT transcript: the sentences the player page shows, each with the time it
 * is heard. Understands what any WebVTT file may hold (cue ids, settings, notes, styles, markup),
 * not only what {@link io.github.narrator.publish.WebVtt} writes.
 */
final class TranscriptCues {

    /** One sentence and when it is heard, in seconds. */
    record Cue(double start, double end, String text) {
    }

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(\\S+)\\s+-->\\s+(\\S+)");
    private static final Pattern TIMESTAMP = Pattern.compile("^(?:(\\d+):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})$");

    private TranscriptCues() {
    }

    static List<Cue> parse(String vtt) {
        String[] blocks = vtt.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n");
        if (blocks.length == 0 || !blocks[0].stripLeading().replace("\uFEFF", "").startsWith("WEBVTT")) {
            throw new IllegalArgumentException("not a WebVTT file: it does not start with WEBVTT");
        }
        List<Cue> cues = new ArrayList<>();
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].strip().split("\n");
            int timingLine = lines.length > 1 && !lines[0].contains("-->") ? 1 : 0;
            if (lines[0].startsWith("NOTE") || lines[0].startsWith("STYLE") || lines[0].startsWith("REGION")
                    || lines.length <= timingLine) {
                continue;
            }
            Matcher timing = TIMING.matcher(lines[timingLine]);
            if (!timing.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int i = timingLine + 1; i < lines.length; i++) {
                text.append(text.length() == 0 ? "" : " ").append(lines[i].strip());
            }
            String plain = plainText(text.toString());
            if (!plain.isEmpty()) {
                cues.add(new Cue(seconds(timing.group(1)), seconds(timing.group(2)), plain));
            }
        }
        return cues;
    }

    static double seconds(String timestamp) {
        Matcher m = TIMESTAMP.matcher(timestamp);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a WebVTT timestamp: '" + timestamp + "'");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long millis = ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000
                + Long.parseLong(m.group(4));
        return millis / 1000.0;
    }

    /** Cue text without its markup, with the entities WebVTT defines decoded. */
    private static String plainText(String cueText) {
        return cueText.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0")
                .replace("&lrm;", "\u200E").replace("&rlm;", "\u200F").replace("&amp;", "&")
                .strip();
    }
}
