package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters said one by one: dotted initialisms ("U.S." → "U S", "Ph.D." → "P H D"), plural initialisms
 * the voice would say as a word ("POWs" → "P O W s", "NGOs"), and a person's initials before a name
 * ("C. S. Lewis" → "C S Lewis", so the voice does not stop at each full stop).
 */
final class InitialismVerbalizer implements Verbalizer {

    private static final Pattern DOTTED = Pattern.compile(
            "(?:\\p{L}\\.)(?:\\p{L}{1,2}\\.)+(?!\\p{L})|\\p{Lu}\\p{Ll}\\.(?:\\p{Lu}\\.)+(?!\\p{L})");
    private static final Pattern PLURAL = Pattern.compile("(?<letters>\\p{Lu}{2,4})s(?![\\p{L}\\p{N}])");
    private static final Pattern INITIAL = Pattern.compile("(?<letter>\\p{Lu})\\.(?=\\s+\\p{Lu})");

    @Override
    public Reading read(Cursor cursor) {
        Matcher m = cursor.match(DOTTED);
        if (m != null) {
            String letters = spell(m.group().replace(".", ""));
            boolean sentenceEnd = cursor.atTextEnd(m.end());
            return reading(m, sentenceEnd ? letters + "." : letters);
        }
        m = cursor.match(PLURAL);
        if (m != null) {
            String letters = SerialVerbalizer.spellOrSay(m.group("letters"));
            return letters.equals(m.group("letters")) ? null : reading(m, letters + " s");
        }
        m = cursor.match(INITIAL);
        return m == null ? null : reading(m, m.group("letter"));
    }

    private static String spell(String letters) {
        return String.join(" ", letters.toUpperCase(Locale.ROOT).split(""));
    }

    private static Reading reading(Matcher m, String spoken) {
        return new Reading(m.end(), spoken, Token.Kind.ABBREVIATION);
    }
}
