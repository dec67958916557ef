package io.github.narrator.script.normalize;

/**
 * One stretch of the written text and what is said for it. Tokens cover the text end to end, in
 * order, so the transcript can show {@code written} while the voice says {@code spoken}.
 *
 * @param start   offset of the first written character
 * @param end     offset after the last written character
 * @param written the text as written
 * @param spoken  what is said for it (empty when nothing is said)
 * @param kind    what kind of text it is
 */
public record Token(int start, int end, String written, String spoken, Kind kind) {

    /** The kinds of text the normaliser tells apart (the first sixteen are the usual semiotic classes). */
    public enum Kind {
        CARDINAL, ORDINAL, DECIMAL, FRACTION, MONEY, MEASURE, DATE, TIME, RANGE, ROMAN, TELEPHONE,
        ELECTRONIC, ABBREVIATION, ADDRESS, SERIAL, WORD,
        /** a respelling from the pronunciation lexicon */
        LEXICON,
        /** a word in another script, spoken in Latin letters */
        TRANSLITERATED,
        /** a symbol or emoji that is not said at all */
        DROPPED,
        PUNCTUATION, SPACE
    }
}
