package io.github.narrator.script.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain words: said as written, or, when written in another script, in Latin letters
 * (the written form stays in the transcript), respelled when the lexicon lists the Latin form
 * ("Сергей" → "Sergey" → "Sergay"). A word that yields no Latin letters at all is dropped and reported.
 * Digits no verbaliser took ("3" in "3:1a") are still read as a number, never left to the voice.
 */
final class WordReader {

    private final Map<String, String> respellings = new HashMap<>();

    WordReader(Lexicon lexicon) {
        lexicon.entries().forEach((written, spoken) -> respellings.put(written.toLowerCase(Locale.ROOT), spoken));
    }

    Token read(String text, int start, int end) {
        String word = text.substring(start, end);
        // Digits of any script ("٣", "۷", "३") count as the digits they are.
        String digitsInAscii = asciiDigits(word);
        if (digitsInAscii.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Token(start, end, word, NumberWords.cardinal(digitsInAscii), Token.Kind.CARDINAL);
        }
        if (digitsInAscii.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            // Letters and digits no verbaliser took ("0https", "10years"): each run read on its own.
            return new Token(start, end, word, SerialVerbalizer.read(Transliteration.toLatin(digitsInAscii)), Token.Kind.SERIAL);
        }
        if (!Transliteration.needed(word)) {
            return new Token(start, end, word, word, Token.Kind.WORD);
        }
        String latin = Transliteration.toLatin(word);
        boolean sayable = latin.codePoints().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                || Transliteration.toAscii(latin).codePoints().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        latin = respellings.getOrDefault(latin.toLowerCase(Locale.ROOT), latin);
        return sayable ? new Token(start, end, word, latin, Token.Kind.TRANSLITERATED)
                : new Token(start, end, word, " ", Token.Kind.DROPPED);
    }

    /** Digits of any script, and subscript digits, as ASCII digits ("٣" → "3", "₂" → "2"), other characters as they are. */
    static String asciiDigits(String word) {
        StringBuilder ascii = new StringBuilder(word.length());
        word.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : isSubscriptDigit(c) ? c - '\u2080' : -1;
            ascii.appendCodePoint(digit >= 0 ? '0' + digit : c);
        });
        return ascii.toString();
    }

    /** The end of the word (letters, digits and their combining marks) that starts at {@code start}. */
    static int end(String text, int start) {
        int end = start;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (!isWordCharacter(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }

    static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || isSubscriptDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** "₂" in "CO₂" and "H₂O": part of the word, and read as the digit it is. */
    private static boolean isSubscriptDigit(int c) {
        return c >= '\u2080' && c <= '\u2089';
    }
}
