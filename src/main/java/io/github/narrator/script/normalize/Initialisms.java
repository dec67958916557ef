package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How a word written in capital letters is said: letter by letter ("FBI" → "F B I"), as a word
 * ("NATO", "HIMARS" → "Hy-mars"), or left to be read as the ordinary word it is ("WAR" in a shouted
 * headline). Known initialisms and acronyms come from {@code initialisms.txt} and {@code acronyms.txt};
 * an unknown one of two to five letters is spelled unless the voice's dictionary lists it as a word,
 * since the voice would otherwise make up a word of it.
 */
final class Initialisms {

    private static final Set<String> LETTERS = Tables.words("initialisms.txt");
    private static final Map<String, String> WORDS = Tables.pairs("acronyms.txt");

    private Initialisms() {
    }

    /** What is said for a word in capitals ("FBI" → "F B I"); null when it is to be read as a word. */
    static @Nullable String say(String capitals) {
        String word = WORDS.get(capitals);
        if (word != null) {
            return word;
        }
        if (LETTERS.contains(capitals) || (capitals.length() <= 5 && !VoiceLexicon.knows(capitals))) {
            return spell(capitals);
        }
        return null;
    }

    /** Whether the word is a known initialism or acronym, rather than a word that happens to be in capitals. */
    static boolean isListed(String capitals) {
        return LETTERS.contains(capitals) || WORDS.containsKey(capitals);
    }

    /**
     * Whether a word in capitals is an ordinary word, not an initialism: not listed, and either longer
     * than initialisms run or in the dictionary ("WAR", "STRIKES").
     */
    static boolean isOrdinaryWord(String capitals) {
        return !isListed(capitals) && (capitals.length() > VoiceLexicon.MAX_LETTERS || VoiceLexicon.knows(capitals));
    }

    /** The letters one by one, in capitals: "fbi" → "F B I". */
    static String spell(String letters) {
        return String.join(" ", letters.toUpperCase(Locale.ROOT).split(""));
    }
}
