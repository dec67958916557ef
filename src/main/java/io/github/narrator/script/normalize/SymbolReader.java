package io.github.narrator.script.normalize;

/**
 * Punctuation, symbols and white space between words. Sentence punctuation stays (the voice phrases
 * by it), typographic quotes and dashes become their ASCII cousins or a pause, symbols with a name
 * are said ("&" → "and"), formatting marks are silent, and emoji or other pictographs are dropped and
 * reported, never spelled out as code points.
 */
final class SymbolReader {

    private static final String KEPT = ".,;:!?()[]\"'";

    /** Reads the symbol (or run of pictographs) at {@code start}. */
    Token read(String text, int start) {
        int c = text.codePointAt(start);
        int end = start + Character.charCount(c);
        if (isSpace(c)) {
            while (end < text.length() && isSpace(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            return token(text, start, end, " ", Token.Kind.SPACE);
        }
        if (isPictograph(c)) {
            while (end < text.length() && (isPictograph(text.codePointAt(end)) || isJoiner(text.codePointAt(end)))) {
                end += Character.charCount(text.codePointAt(end));
            }
            return token(text, start, end, " ", Token.Kind.DROPPED);
        }
        return token(text, start, end, say(text, start, c), Token.Kind.PUNCTUATION);
    }

    private static String say(String text, int at, int c) {
        if (KEPT.indexOf(c) >= 0) {
            return Character.toString(c);
        }
        return switch (c) {
            case '-', '\u2010', '\u2011' -> hyphen(text, at);
            case '–' -> spaced(text, at) ? ", " : between(text, at, Character::isDigit) ? " to " : bothLetters(text, at) ? "-" : " ";
            case '—', '―' -> ", ";
            case '−' -> " minus ";
            case '“', '”', '„', '‟', '«', '»', '″', '〃' -> "\"";
            case '‘', '’', '‚', '‛', '‹', '›', '′', '`', '´' -> "'";
            case '…' -> "...";
            case '&' -> " and ";
            case '+' -> " plus ";
            case '@' -> " at ";
            case '=' -> " equals ";
            case '%' -> " percent ";
            case '°' -> " degrees ";
            case '§' -> " section ";
            case '±' -> " plus or minus ";
            case '×' -> " by ";
            case '~', '≈' -> at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)) ? " about " : " ";
            default -> Character.getType(c) == Character.FORMAT ? "" : " ";
        };
    }

    /** A hyphen joins words ("mother-in-law"), is silent next to a number ("1,000-for-1,000"), or is a dash. */
    private static String hyphen(String text, int at) {
        if (spaced(text, at)) {
            return ", ";
        }
        return bothLetters(text, at) ? "-" : " ";
    }

    private static boolean spaced(String text, int at) {
        boolean spaceBefore = at == 0 || Character.isWhitespace(text.charAt(at - 1));
        boolean spaceAfter = at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
        return spaceBefore && spaceAfter;
    }

    private static boolean bothLetters(String text, int at) {
        return between(text, at, Character::isLetter);
    }

    private static boolean between(String text, int at, java.util.function.IntPredicate kind) {
        return at > 0 && at + 1 < text.length() && kind.test(text.codePointBefore(at)) && kind.test(text.codePointAt(at + 1));
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Emoji, dingbats and other pictures: nothing an English voice can say. */
    private static boolean isPictograph(int c) {
        int type = Character.getType(c);
        return (type == Character.OTHER_SYMBOL && c != '°' && c != '©' && c != '®' && c != '№')
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                || (type == Character.MODIFIER_SYMBOL && c >= 0x1F3FB && c <= 0x1F3FF);
    }

    /** Joiners and selectors inside an emoji sequence (ZWJ, variation selectors, keycap, skin tones). */
    private static boolean isJoiner(int c) {
        return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)
                || (c >= 0xE0020 && c <= 0xE007F);
    }

    private static Token token(String text, int start, int end, String spoken, Token.Kind kind) {
        return new Token(start, end, text.substring(start, end), spoken, kind);
    }
}
