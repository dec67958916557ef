package io.github.narrator.script.normalize;

import com.ibm.icu.text.Transliterator;

/**
 * Latin letters for words written in another script, so the English voice can say them:
 * Ukrainian and Russian Cyrillic by the BGN/PCGN romanisations ("Київ" → "Kyyiv",
 * "Сергей" → "Sergey"), every other script by ICU's general Any-Latin transform.
 */
final class Transliteration {

    // Each transform is built on its first use (a holder class each): building one compiles ICU rules,
    // a few hundred milliseconds cold, and most articles need none of them.
    private static final class Ukrainian {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Ukrainian-Latin/BGN; Any-Latin");
    }

    private static final class Russian {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin");
    }

    private static final class AnyScript {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");
    }

    private static final class Latin {
        static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    }

    private Transliteration() {
    }

    /** Whether the word has letters outside the Latin script. */
    static boolean needed(String word) {
        return word.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    /** The word in Latin letters; modifier letters such as the soft-sign prime, and tone digits, are left out. */
    static String toLatin(String word) {
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        Transliterator transform = !cyrillic ? AnyScript.TO_LATIN
                : word.matches(".*[іїєґІЇЄҐ].*") ? Ukrainian.TO_LATIN : Russian.TO_LATIN;
        String latin = transform.transliterate(word).replaceAll("[\\u02B9\\u02BA\\u02BB\\u02BC]", "");
        // Some transforms write tones as digits (Bopomofo "ㄠ" → "ao1"): nothing to say aloud.
        return word.chars().anyMatch(Character::isDigit) ? latin : latin.replaceAll("[0-9]", "");
    }

    /** Latin text without accents or other non-ASCII letters ("Łódź" → "Lodz"), for the voice. */
    static String toAscii(String latin) {
        // most English text is ASCII already, and ICU's rule engine looks at every character anyway
        return latin.chars().allMatch(c -> c < 128) ? latin : Latin.TO_ASCII.transliterate(latin);
    }
}
