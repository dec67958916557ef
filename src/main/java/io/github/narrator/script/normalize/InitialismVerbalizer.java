package io.github.narrator.script.normalize;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Words in capitals as {@link Initialisms} says them ("FBI" → "F B I", "HIMARS" → "Hy-mars"), with
 * their plurals and possessives ("MPs" → "M P's", "UN's" → "U N's"); letters joined by an ampersand
 * ("AT&T" → "A T and T"); dotted initialisms ("U.S." → "U S", "Ph.D." → "P H D"); and a person's
 * initials before a name ("C. S. Lewis" → "C S Lewis", so the voice does not stop at each full stop).
 */
final class InitialismVerbalizer implements Verbalizer {

    private static final Pattern DOTTED = Pattern.compile(
            "(?:\\p{L}\\.)(?:\\p{L}{1,2}\\.)+(?!\\p{L})|\\p{Lu}\\p{Ll}\\.(?:\\p{Lu}\\.)+(?!\\p{L})");
    private static final Pattern CAPITALS = Pattern.compile(
            "(?<letters>[A-Z]{2,})(?<suffix>['’]s|s|['’](?!\\p{L}))?(?![\\p{L}\\p{N}])");
    private static final Pattern AMPERSAND = Pattern.compile("(?<a>[A-Z]{1,3})\\s?&\\s?(?<b>[A-Z]{1,3})(?![\\p{L}\\p{N}])");
    private static final Pattern INITIAL = Pattern.compile("(?<letter>\\p{Lu})\\.(?=\\s+\\p{Lu})");
    private static final Pattern SHOUTED_WORD = Pattern.compile("[A-Z]{2,}");
    /** Initialisms that are also pronouns: in a headline written in capitals they are the pronoun ("TELL US"). */
    private static final Set<String> ALSO_PRONOUNS = Set.of("US", "IT", "WHO");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(DOTTED);
        if (m != null) {
            String letters = Initialisms.spell(m.group().replace(".", ""));
            boolean sentenceEnd = cursor.atTextEnd(m.end());
            return reading(m, sentenceEnd ? letters + "." : letters);
        }
        m = cursor.match(AMPERSAND);
        if (m != null) {
            return reading(m, Initialisms.spell(m.group("a")) + " and " + Initialisms.spell(m.group("b")));
        }
        m = cursor.match(CAPITALS);
        if (m != null) {
            return capitals(cursor, m);
        }
        m = cursor.match(INITIAL);
        return m == null ? null : reading(m, m.group("letter"));
    }

    private static @Nullable Reading capitals(Cursor cursor, Matcher m) {
        String letters = m.group("letters");
        if (ALSO_PRONOUNS.contains(letters) && inShoutedText(cursor, m.end())) {
            return null;
        }
        String said = Initialisms.say(letters);
        if (said == null) {
            return null;
        }
        String suffix = m.group("suffix");
        if (suffix == null) {
            return reading(m, said);
        }
        // "POWs" and "POW's" sound alike; "UNs'" too. After a spelled letter, "s" alone would be the letter S.
        return reading(m, said + (suffix.length() == 1 && suffix.charAt(0) != 's' ? "'" : "'s"));
    }

    /** Whether a word next to this one is an ordinary word written in capitals: a headline in capitals. */
    private static boolean inShoutedText(Cursor cursor, int end) {
        for (String neighbour : new String[] {Cursor.bare(cursor.chunkBefore()), Cursor.bare(cursor.chunkAfter(end))}) {
            if (SHOUTED_WORD.matcher(neighbour).matches() && Initialisms.isOrdinaryWord(neighbour)) {
                return true;
            }
        }
        return false;
    }

    private static Reading reading(Matcher m, String spoken) {
        return new Reading(m.end(), spoken, Token.Kind.ABBREVIATION);
    }
}
