package io.github.narrator.script;

import java.util.function.Consumer;

/**
 * Keeps every word the voice is given no longer than a word can be. FreeTTS's intonation and
 * letter-to-sound rules work on a whole token at once and grow faster than its length (an unbroken
 * run of 8,000 letters took 196 s against 2.6 s for 8,000 characters of prose), so a page could stall
 * a worker with one long string. A token longer than {@link #MAX_WORD} is split where it has seams
 * (punctuation, digits meeting letters, a capital after lower case: "camelCaseNames", "a_b_c"); a
 * piece still longer than a word is left out, with a note saying what was not read.
 * (The note names how many runs were left out, not each one: a page of them makes one note.)
 */
public final class LongTokens {

    /** Letters in the longest word of an English dictionary ("pneumonoultramicroscopicsilicovolcanoconiosis"). */
    public static final int MAX_WORD = 45;
    private static final int SHOWN = 24;

    private LongTokens() {
    }

    /**
     * {@code spoken} with no token longer than {@link #MAX_WORD}; {@code notes} hears, once, of what
     * was left out. Work and output are linear in the text's length.
     */
    static String bound(String spoken, Consumer<String> notes) {
        if (!hasLongToken(spoken)) {
            return spoken;
        }
        Dropped dropped = new Dropped();
        StringBuilder bounded = new StringBuilder(spoken.length());
        int i = 0;
        while (i < spoken.length()) {
            if (spoken.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = spoken.indexOf(' ', i);
            end = end < 0 ? spoken.length() : end;
            if (end - i <= MAX_WORD) {
                separate(bounded).append(spoken, i, end);
            } else {
                splitAtSeams(spoken, i, end, bounded, dropped);
            }
            i = end;
        }
        if (dropped.count > 0) {
            notes.accept("Not spoken (" + (dropped.count == 1 ? "a run" : dropped.count + " runs")
                    + " of characters with no break, longer than any word): " + dropped.first + "…");
        }
        return bounded.toString();
    }

    /** How many pieces were left out, and the start of the first, for the note. */
    private static final class Dropped {
        int count;
        String first;
    }

    private static boolean hasLongToken(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == ' ' ? 0 : run + 1;
            if (run > MAX_WORD) {
                return true;
            }
        }
        return false;
    }

    /** Appends the pieces of {@code text[from, to)} between its seams, leaving out those longer than a word. */
    private static void splitAtSeams(String text, int from, int to, StringBuilder out, Dropped dropped) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isSeam(text, i)) {
                piece(text, start, i, out, dropped);
                start = isPunctuation(text, i) ? i + 1 : i;
            }
        }
    }

    private static boolean isSeam(String text, int i) {
        if (isPunctuation(text, i)) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        char here = text.charAt(i);
        return Character.isDigit(before) != Character.isDigit(here)
                || Character.isLowerCase(before) && Character.isUpperCase(here);
    }

    private static boolean isPunctuation(String text, int i) {
        return i < text.length() && !Character.isLetterOrDigit(text.charAt(i));
    }

    private static void piece(String text, int from, int to, StringBuilder out, Dropped dropped) {
        if (to <= from) {
            return;
        }
        if (to - from <= MAX_WORD) {
            separate(out).append(text, from, to);
        } else if (dropped.count++ == 0) {
            dropped.first = text.substring(from, from + SHOWN);
        }
    }

    private static StringBuilder separate(StringBuilder out) {
        if (out.length() > 0) {
            out.append(' ');
        }
        return out;
    }
}
