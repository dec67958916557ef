package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.narrator.files.Json;
import io.github.narrator.publish.JsonTranscript;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.speech.Timeline;

/**
 * The sentences the player page shows, each with the time it is heard: from the synthesis, from
 * {@code transcript.json}, or from the cues of a WebVTT transcript (narrations from before the
 * captions were cut into short cues, when each cue was a sentence). Understands what any WebVTT file may hold (cue ids, settings, notes, styles, markup),
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

    /** The sentences of a published narration: {@code transcript.json}, or else (older narrations) its WebVTT cues. */
    static List<Cue> read(PublishedNarration narration) throws IOException {
        Path sentences = narration.dir().resolve(NarrationFiles.TRANSCRIPT);
        if (Files.isRegularFile(sentences)) {
            JsonTranscript.Document document = Json.read(sentences, JsonTranscript.Document.class);
            return of(document);
        }
        Path vtt = narration.dir().resolve(NarrationFiles.VTT);
        return Files.isRegularFile(vtt) ? parse(Files.readString(vtt, StandardCharsets.UTF_8)) : List.of();
    }

    static List<Cue> of(JsonTranscript.Document document) {
        return document.segments().stream()
                .filter(segment -> segment.body() != null && !segment.body().isBlank())
                .map(segment -> new Cue(segment.startTime(), segment.endTime(), segment.body().strip()))
                .toList();
    }

    /** The sentences as the synthesis timed them. */
    static List<Cue> of(List<Timeline.Cue> sentences) {
        return of(JsonTranscript.of(sentences));
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
