package io.github.narrator.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words the voice makes of a text and the phones it says for each (FreeTTS's phone set, e.g.
 * "A I" → words "_a", "i" with phones [ey] [ay]; FreeTTS marks a letter said by name with "_").
 */
record Pronunciation(List<Word> words) {

    public Pronunciation {
        words = List.copyOf(words);
    }

    /** One word as the voice takes it, and its phones (empty when the voice says nothing for it). */
    public record Word(String text, List<String> phones) {

        public Word {
            phones = List.copyOf(phones);
        }

        /** The word without FreeTTS's mark for a letter said by name: "_a" → "a". */
        public String plain() {
            return text.startsWith("_") ? text.substring(1) : text;
        }
    }

    /** The words as the voice takes them, without its letter marks: "A I" → [a, i]. */
    public List<String> plainWords() {
        return words.stream().map(Word::plain).toList();
    }

    /** The words of a text the voice is given, as it should take them: lower case, split at anything but letters and apostrophes. */
    public static List<String> wordsOf(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z']+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether some word of the text gets no phones at all. */
    public boolean hasSilentWord() {
        return words.isEmpty() || words.stream().anyMatch(w -> w.phones().isEmpty());
    }

    /** Every phone, space-separated: "dh ih s aa d iy ow ...". */
    public String phones() {
        return words.stream().flatMap(w -> w.phones().stream()).collect(Collectors.joining(" "));
    }

    /** The vowels said (each a syllable's nucleus). */
    public long syllables() {
        return words.stream().flatMap(w -> w.phones().stream()).filter(Pronunciation::isVowel).count();
    }

    static boolean isVowel(String phone) {
        return switch (phone) {
            case "aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw" -> true;
            default -> false;
        };
    }
}
