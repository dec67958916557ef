package io.github.narrator.extract;

/** Small facts about text used by several rules. */
final class TextRules {

    private TextRules() {
    }

    /**
     * Characters that are never article text: control characters, format characters (zero-width
     * spaces, soft hyphens, direction overrides, byte-order marks, tag characters), unpaired
     * surrogates and noncharacters. Left in, they reach the transcript, the feed (where C0 controls
     * make the XML unreadable) and the voice.
     */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
    }

    /** {@code text} without {@link #isInvisible} characters. */
    static String withoutInvisible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c) || c == '\n' || c == '\t').forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, possibly inside quotes. */
    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            switch (c) {
                case '.', '!', '?', '…', '。', '！', '？' -> {
                    return true;
                }
                case '"', '\'', '”', '’', '»', ')', ']', ' ' -> {
                    // closing punctuation: look further back
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** Word count: runs of letters or digits; each CJK ideograph or kana counts as half a word. */
    static int words(String text) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCjk(c)) {
                cjk++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return words + cjk / 2;
    }

    /** A CJK ideograph, kana or Hangul syllable (by code ranges: this runs for every character of a page). */
    static boolean isCjk(char c) {
        return c >= 0x3040 && (c <= 0x30FF // hiragana, katakana
                || c >= 0x4E00 && c <= 0x9FFF // CJK unified ideographs
                || c >= 0xAC00 && c <= 0xD7AF); // Hangul syllables
    }

    /** Starts with a quotation mark or a dash (an embedded post's attribution). */
    static boolean isQuotation(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '"' || c == '“' || c == '—' || c == '«' || c == '„';
    }
}
