package io.github.narrator.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.narrator.script.normalize.Lexicon;
import io.github.narrator.script.normalize.Normalizer;

/**
 * Checks a pronunciation lexicon against what the voice makes of it: every respelling must change
 * what is heard (an entry whose phones equal those of the written word is a silent no-op), and the
 * voice must be able to say it: no word spelled out letter by letter or left without phones, and no
 * syllable of the respelling lost ("Breeahnsk" is said [b r iy n s k]: one vowel for "ee" and "ah").
 */
public final class LexiconCheck {

    /** What is wrong with an entry. */
    public enum Problem {
        /** The voice says the respelling exactly as it says the written word. */
        NO_EFFECT,
        /** The voice cannot say the respelling as written: it spells it, or says nothing for part of it. */
        UNSAYABLE,
        /** The voice says fewer syllables than the respelling writes. */
        LOST_SYLLABLES
    }

    /** One entry the check found wrong, with the phones the voice says. */
    public record Finding(String written, String respelling, Problem problem, String detail) {

        /** "Bryansk = Breeahnsk: ..." */
        public String message() {
            return written + " = " + respelling + ": " + detail;
        }
    }

    /** Two letters that write one vowel sound in the lexicon's respelling conventions ("ee", "oo", "ah", "ay"). */
    private static final List<String> VOWEL_DIGRAPHS = List.of("ee", "oo", "ah", "ay", "ai", "ey", "oy", "ow", "aw", "ou",
            "ea", "oa", "ie", "ue", "eu", "oi", "au");

    private final Pronouncer pronouncer;
    private final Normalizer plain = new Normalizer();

    public LexiconCheck(Pronouncer pronouncer) {
        this.pronouncer = pronouncer;
    }

    /** Every entry of the lexicon that does not do what it is for, in file order. */
    public List<Finding> check(Lexicon lexicon) {
        Normalizer respelled = new Normalizer(lexicon);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> entry : lexicon.entries().entrySet()) {
            String written = entry.getKey();
            String saying = respelled.normalize(written).voiceText();
            Optional<Finding> unsayable = checkSaying(written, entry.getValue(), saying);
            if (unsayable.isPresent()) {
                findings.add(unsayable.get());
                continue;
            }
            Pronunciation before = pronouncer.pronounce(plain.normalize(written).voiceText());
            Pronunciation after = pronouncer.pronounce(saying);
            if (before.phones().equals(after.phones())) {
                findings.add(new Finding(written, entry.getValue(), Problem.NO_EFFECT,
                        "the voice already says the written word so, [" + before.phones() + "]; the entry changes nothing"));
            }
        }
        return findings;
    }

    /**
     * Whether the voice can say a respelling as written ({@code saying}: the text the voice is given
     * for it), for lexicons and for tables of acronyms said as words.
     */
    Optional<Finding> checkSaying(String written, String respelling, String saying) {
        Pronunciation said = pronouncer.pronounce(saying);
        List<String> words = Pronunciation.wordsOf(saying);
        List<String> voiceWords = said.plainWords();
        if (words.isEmpty() || said.hasSilentWord()) {
            return Optional.of(new Finding(written, respelling, Problem.UNSAYABLE,
                    "the voice says nothing for part of it, [" + said.phones() + "]"));
        }
        if (!voiceWords.equals(words)) {
            return Optional.of(new Finding(written, respelling, Problem.UNSAYABLE,
                    "the voice reads it as the words " + voiceWords + ", [" + said.phones() + "]"));
        }
        long writtenSyllables = words.stream().mapToLong(LexiconCheck::vowelSounds).sum();
        if (said.syllables() < writtenSyllables) {
            return Optional.of(new Finding(written, respelling, Problem.LOST_SYLLABLES,
                    "the voice says [" + said.phones() + "], " + said.syllables() + " syllables where the respelling writes "
                            + writtenSyllables + "; split it with hyphens or respell it"));
        }
        return Optional.empty();
    }

    /**
     * The vowel sounds a respelling writes, read the way the lexicon's header asks respellings to be
     * written: "ee", "oo", "ah", "ay" and the like are one sound; "y" is a vowel between consonants or
     * at the end ("Soomy"); a final "e" after a consonant is silent.
     */
    static long vowelSounds(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        long sounds = 0;
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            if (i + 1 < w.length() && VOWEL_DIGRAPHS.contains(w.substring(i, i + 2))) {
                sounds++;
                i += 2;
            } else if ("aeiou".indexOf(c) >= 0) {
                boolean silentE = c == 'e' && i == w.length() - 1 && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) < 0 && sounds > 0;
                sounds += silentE ? 0 : 1;
                i++;
            } else {
                if (c == 'y' && i > 0 && !isVowel(w.charAt(i - 1)) && (i + 1 == w.length() || !isVowel(w.charAt(i + 1)))) {
                    sounds++;
                }
                i++;
            }
        }
        return sounds;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
