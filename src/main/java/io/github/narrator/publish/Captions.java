package io.github.narrator.publish;

import java.util.ArrayList;
import java.util.List;

import io.github.narrator.speech.Timeline;

/**
 * Splits the narration's sentences into caption cues a phone screen can show: at most
 * {@value #MAX_LINES} lines of about {@value #MAX_LINE} characters and about {@value #MAX_MILLIS} ms each,
 * broken between words. A sentence is cut into as few cues as fit, of even length, so no cue is a
 * stray word. Times within a sentence are interpolated by characters: the synthesis gives the start
 * and end of each sentence, and a voice reads at a steady pace within one.
 */
final class Captions {

    static final int MAX_LINE = 42;
    static final int MAX_LINES = 2;
    static final long MAX_MILLIS = 7_000;
    /** A cue may run this much past {@link #MAX_MILLIS} rather than be cut into two much shorter ones. */
    private static final long TIME_TOLERANCE_MILLIS = 500;

    /** One caption cue: its lines (one or two) and when they are heard. */
    record Caption(long startMillis, long endMillis, List<String> lines) {
    }

    private Captions() {
    }

    static List<Caption> of(List<Timeline.Cue> sentences) {
        List<Caption> captions = new ArrayList<>();
        for (Timeline.Cue sentence : sentences) {
            String text = sentence.written().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                split(text, sentence.startMillis(), sentence.endMillis(), captions);
            }
        }
        return captions;
    }

    private static void split(String text, long start, long end, List<Caption> into) {
        List<Integer> breaks = spaces(text);
        long duration = Math.max(0, end - start);
        int cues = Math.max(ceilDiv(text.length(), MAX_LINE * MAX_LINES), (int) ceilDiv(duration, MAX_MILLIS));
        cues = Math.min(Math.max(cues, 1), breaks.size() + 1);
        List<int[]> parts;
        while (true) {
            parts = evenParts(text, breaks, cues);
            if (cues > breaks.size() || parts.stream().allMatch(p -> fits(text, p, start, duration))) {
                break;
            }
            cues++;
        }
        for (int[] part : parts) {
            // a cue runs until the next one starts, the last until the sentence ends
            long from = at(part[0], text.length(), start, duration);
            long to = part[1] >= text.length() ? end : at(part[1] + 1, text.length(), start, duration);
            into.add(new Caption(from, Math.max(from, to), lines(text.substring(part[0], part[1]))));
        }
    }

    /** Character ranges [from, to) of {@code count} parts of about equal length, cut at the spaces nearest the ideal places. */
    private static List<int[]> evenParts(String text, List<Integer> spaces, int count) {
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        int used = -1;
        for (int part = 1; part < count; part++) {
            double ideal = (double) text.length() * part / count;
            int best = -1;
            for (int i = used + 1; i < spaces.size() - (count - 1 - part); i++) {
                if (best < 0 || Math.abs(spaces.get(i) - ideal) < Math.abs(spaces.get(best) - ideal)) {
                    best = i;
                }
            }
            parts.add(new int[] {from, spaces.get(best)});
            from = spaces.get(best) + 1;
            used = best;
        }
        parts.add(new int[] {from, text.length()});
        return parts;
    }

    private static boolean fits(String text, int[] part, long start, long duration) {
        long millis = at(part[1], text.length(), start, duration) - at(part[0], text.length(), start, duration);
        if (millis > MAX_MILLIS + TIME_TOLERANCE_MILLIS) {
            return false;
        }
        String cue = text.substring(part[0], part[1]);
        List<String> lines = lines(cue);
        return lines.size() <= MAX_LINES && lines.stream().allMatch(line -> line.length() <= MAX_LINE || !line.contains(" "));
    }

    /** One line when it fits, else two of about equal length (a third only if no break makes two fit). */
    static List<String> lines(String cue) {
        if (cue.length() <= MAX_LINE) {
            return List.of(cue);
        }
        List<Integer> spaces = spaces(cue);
        int best = -1;
        int bestLongest = Integer.MAX_VALUE;
        for (int space : spaces) {
            int longest = Math.max(space, cue.length() - space - 1);
            if (longest < bestLongest) {
                best = space;
                bestLongest = longest;
            }
        }
        if (best < 0) {
            return List.of(cue); // one long word (a URL): it cannot be broken between words
        }
        return List.of(cue.substring(0, best), cue.substring(best + 1));
    }

    private static List<Integer> spaces(String text) {
        List<Integer> spaces = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces.add(i);
            }
        }
        return spaces;
    }

    private static long at(int charIndex, int length, long start, long duration) {
        return start + Math.round((double) duration * Math.min(charIndex, length) / length);
    }

    private static int ceilDiv(long a, long b) {
        return (int) ((a + b - 1) / b);
    }
}
