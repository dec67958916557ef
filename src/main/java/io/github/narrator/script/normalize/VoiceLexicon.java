package io.github.narrator.script.normalize;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.sun.speech.freetts.en.us.CMULexicon;

/**
 * The short words of FreeTTS's full CMU pronouncing dictionary ({@code cmudict04}, in the FreeTTS
 * jar): whether a word in capitals ("WAR", "STALL") is a word the dictionary knows, or letters the
 * voice would make a word of ("FBI" → "fbee"). The voice's own lexicon cannot say: it leaves out
 * every word its letter-to-sound rules already get right ("stall"), so an absent word may still be a
 * word. Dictionary entries that are spelled out ("bbc" = B B C) count as letters, not words.
 *
 * <p>Only the words of {@value #MAX_LETTERS} letters or fewer are kept (about 21,000, 1 MB); the
 * dictionary itself (16 MB) is read once, on first use (0.3 s on an idle core), and dropped.
 */
final class VoiceLexicon {

    static final int MAX_LETTERS = 5;
    private static final String DICTIONARY = "cmudict04";
    /** The letter names as the dictionary spells them, without stress marks. */
    private static final String[] LETTER_NAMES = {"ey", "b iy", "s iy", "d iy", "iy", "eh f", "jh iy", "ey ch", "ay",
        "jh ey", "k ey", "eh l", "eh m", "eh n", "ow", "p iy", "k y uw", "aa r", "eh s", "t iy", "y uw", "v iy",
        "d ah b ax l y uw", "eh k s", "w ay", "z iy"};

    private VoiceLexicon() {
    }

    /** Whether the dictionary lists the word (any case, at most {@value #MAX_LETTERS} letters) as a word, not as letters. */
    static boolean knows(String word) {
        return word.length() <= MAX_LETTERS && Arrays.binarySearch(Words.SHORT, word.toLowerCase(Locale.ROOT)) >= 0;
    }

    /** Loaded when first asked (the holder idiom: once, thread-safe, no lock afterwards); sorted, for a binary search. */
    private static final class Words {
        static final String[] SHORT = load();
    }

    private static String[] load() {
        try (InputStream in = CMULexicon.class.getResourceAsStream(DICTIONARY + "_compiled.bin")) {
            if (in == null) {
                throw new IllegalStateException("FreeTTS's " + DICTIONARY + " dictionary is missing from its jar");
            }
            Set<String> words = new HashSet<>();
            new Reader().forEachEntry(new BufferedInputStream(in), (key, phones) -> {
                // keys are the word and one part-of-speech character ("stall0", "readv")
                String word = key.substring(0, key.length() - 1);
                if (word.length() >= 2 && word.length() <= MAX_LETTERS && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                        && !isSpelled(word, phones)) {
                    words.add(word);
                }
            });
            return words.stream().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read FreeTTS's " + DICTIONARY + " dictionary", e);
        }
    }

    private static boolean isSpelled(String word, String phones) {
        StringBuilder letters = new StringBuilder();
        for (char c : word.toCharArray()) {
            letters.append(letters.length() > 0 ? " " : "").append(LETTER_NAMES[c - 'a']);
        }
        return phones.replaceAll("\\d", "").equals(letters.toString());
    }

    /** FreeTTS's lexicon reader, used only for its (protected) parser of the compiled dictionary. */
    private static final class Reader extends CMULexicon {

        Reader() {
            super(DICTIONARY, true);
        }

        void forEachEntry(InputStream in, BiConsumer<String, String> action) throws IOException {
            Map<?, ?> compiled = createLexicon(in, true, 110_000);
            compiled.forEach((key, value) -> action.accept((String) key,
                    value instanceof String[] phones ? String.join(" ", phones) : String.valueOf(value)));
        }
    }
}
