package io.github.narrator.speech;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a line the narration must be heard to say (the AI disclosure) is said as its words:
 * the voice takes the same words the script gives it and says something for each, and every
 * initialism of the written line is heard letter by letter, each letter by its name ("AI" as
 * [ey ay], never the word "eye", [ay]), unless the script says it as a word ("NATO").
 */
public final class SpokenLabel {

    /** An initialism as written: capitals, maybe dotted ("AI", "A.I.", "U.S."). */
    private static final Pattern INITIALISM = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.?){2,}(?!\\p{L})");

    private SpokenLabel() {
    }

    /**
     * The label as the voice says it.
     *
     * @param written what the label says, as configured
     * @param saying  the text the voice is given for it (the script's spoken form)
     * @throws IllegalArgumentException naming the label and what the voice would get wrong
     */
    public static Pronunciation check(String written, String saying, Pronouncer pronouncer) {
        Pronunciation said = pronouncer.pronounce(saying);
        List<String> words = Pronunciation.wordsOf(saying);
        if (words.isEmpty() || said.hasSilentWord()) {
            throw refused(written, "the voice says nothing for some of it (it is given \"" + saying + "\")");
        }
        if (!said.plainWords().equals(words)) {
            throw refused(written, "the voice reads \"" + saying + "\" as the words " + said.plainWords()
                    + "; write the label in plain words");
        }
        Matcher initialism = INITIALISM.matcher(written);
        while (initialism.find()) {
            String letters = initialism.group().replace(".", "").toLowerCase(Locale.ROOT);
            if (!saidAsWord(saying, letters)) {
                checkSpelled(written, letters, said, pronouncer);
            }
        }
        return said;
    }

    /**
     * Whether the script turned the initialism into a word for the voice ("NATO" → "Nato"); left in
     * capitals, it is left for the voice to guess, which is what this check is for.
     */
    private static boolean saidAsWord(String saying, String letters) {
        return Arrays.stream(saying.split("[^A-Za-z']+"))
                .anyMatch(word -> word.equalsIgnoreCase(letters) && !word.equals(word.toUpperCase(Locale.ROOT)));
    }

    /** The letters must come one after another among the words said, each said by its name. */
    private static void checkSpelled(String written, String letters, Pronunciation said, Pronouncer pronouncer) {
        List<String> words = said.plainWords();
        List<String> spelled = List.of(letters.split(""));
        int at = Collections.indexOfSubList(words, spelled);
        if (at < 0) {
            throw refused(written, letters.toUpperCase(Locale.ROOT) + " is not spelled out: the voice says "
                    + words + ", [" + said.phones() + "]");
        }
        for (int i = 0; i < spelled.size(); i++) {
            String letter = spelled.get(i).toUpperCase(Locale.ROOT);
            List<String> phones = said.words().get(at + i).phones();
            List<String> name = pronouncer.pronounce(letter).words().get(0).phones();
            if (!phones.equals(name)) {
                throw refused(written, "the voice says the letter " + letter + " of " + letters.toUpperCase(Locale.ROOT)
                        + " as " + phones + ", not by its name " + name);
            }
        }
    }

    private static IllegalArgumentException refused(String label, String why) {
        return new IllegalArgumentException("the AI-disclosure label \"" + label + "\" would not be heard as written: " + why);
    }
}
