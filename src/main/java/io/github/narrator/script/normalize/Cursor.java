package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A position in the written text where a token may start, with a look at the words around it.
 * Verbalisers see at most {@link #REACH} characters either side: no token is longer, and a page-long
 * run without spaces ("1.1.1.1...", "------") then costs linear time, not quadratic time or a stack
 * overflow inside a regular expression.
 */
final class Cursor {

    static final int REACH = 256;

    private final String text;
    private final int position;

    Cursor(String text, int position) {
        this.text = text;
        this.position = position;
    }

    String text() {
        return text;
    }

    int position() {
        return position;
    }

    /** A matcher of the pattern anchored at the cursor; null when the pattern does not match here. */
    @Nullable Matcher match(Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(position, Math.min(text.length(), position + REACH));
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        return matcher.lookingAt() ? matcher : null;
    }

    /** The white-space separated chunk before the cursor, as written ("Galveston," or "(d."); "" at the start. */
    String chunkBefore() {
        return chunkBefore(position);
    }

    /** The chunk before the one before the cursor. */
    String chunkBefore(int steps) {
        int end = position;
        String chunk = "";
        int limit = Math.max(0, position - REACH);
        for (int i = 0; i < steps; i++) {
            int stop = end;
            while (stop > limit && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            int begin = stop;
            while (begin > limit && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            chunk = text.substring(begin, stop);
            end = begin;
        }
        return chunk;
    }

    /** The white-space separated chunk that starts after {@code from} (skipping white space); "" at the end. */
    String chunkAfter(int from) {
        int limit = Math.min(text.length(), from + REACH);
        int begin = from;
        while (begin < limit && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < limit && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    /** The word before the cursor without surrounding punctuation, e.g. "Galveston" for "Galveston, TX". */
    String wordBefore() {
        return bare(chunkBefore(1));
    }

    /** Whether nothing but white space follows offset {@code from}. */
    boolean atTextEnd(int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word stripped of the punctuation around it. */
    static String bare(String chunk) {
        int begin = 0;
        int end = chunk.length();
        while (begin < end && !Character.isLetterOrDigit(chunk.charAt(begin))) {
            begin++;
        }
        while (end > begin && !Character.isLetterOrDigit(chunk.charAt(end - 1))) {
            end--;
        }
        return chunk.substring(begin, end);
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
