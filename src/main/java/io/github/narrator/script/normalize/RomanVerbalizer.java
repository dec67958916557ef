package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Roman numerals: after a monarch's or pope's name an ordinal ("Charles III" → "Charles the third",
 * "King David I"), elsewhere a number ("World War II" → "World War two", "Volume IV"). A lone "I"
 * is the pronoun unless the word before says otherwise ("World War I", "Chapter I").
 */
final class RomanVerbalizer implements Verbalizer {

    private static final Pattern NUMERAL = Pattern.compile(
            "(?<numeral>M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\\p{L}\\p{N}])");
    private static final Set<String> REGNAL_NAMES = Tables.words("regnal-names.txt");
    private static final Set<String> RULERS = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
            "Tsarina", "Prince", "Princess", "Duke", "Duchess", "Sultan", "Pharaoh", "Shah", "Kaiser", "Count", "Earl");
    /** Words after which a lone numeral letter ("I", "V", "X") is a number. */
    private static final Set<String> COUNTED = Set.of("war", "chapter", "part", "volume", "book", "phase", "act",
            "title", "vol", "pt", "stage", "tier", "schedule", "appendix", "annex", "grade", "round", "type", "class",
            "category", "division", "level");
    /** Verbs that follow the pronoun "I" ("told James I would"); after a name, "I" before others is a numeral. */
    private static final Set<String> PRONOUN_FOLLOWERS = Set.of("am", "was", "would", "will", "had", "have", "think",
            "thought", "said", "say", "could", "can", "should", "might", "must", "do", "did", "know", "knew", "want",
            "wanted", "hope", "believe", "told", "asked", "saw", "met", "feel", "felt", "guess", "mean", "need", "got");
    private static final Map<Character, Integer> VALUES = Map.of(
            'I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(NUMERAL);
        if (m == null || m.group("numeral").isEmpty()) {
            return null;
        }
        String numeral = m.group("numeral");
        int value = value(numeral);
        String before = cursor.wordBefore();
        boolean afterRuler = REGNAL_NAMES.contains(before) || RULERS.contains(before);
        boolean single = numeral.length() == 1;
        if (numeral.equals("I") && afterRuler && !clearlyRegnal(cursor, m.end())) {
            return null;
        }
        if (single && !afterRuler && !COUNTED.contains(before.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (single && !"IVX".contains(numeral)) {
            return null;
        }
        if (!single && (value > 100 || !numeral.matches(".*[IVX].*"))) {
            return null;
        }
        String words = afterRuler ? "the " + NumberWords.ordinal(value) : NumberWords.cardinal(value);
        return new Reading(m.end(), words, Token.Kind.ROMAN);
    }

    /**
     * Whether "I" after a monarch's name is a numeral ("King David I", "David I of Scotland", "James I
     * ruled") rather than the pronoun before a verb ("told James I would").
     */
    private static boolean clearlyRegnal(Cursor cursor, int end) {
        String next = cursor.chunkAfter(end);
        boolean pronounFollows = next.startsWith("'") || next.startsWith("’") || PRONOUN_FOLLOWERS.contains(Cursor.bare(next));
        return RULERS.contains(Cursor.bare(cursor.chunkBefore(2))) || !pronounFollows;
    }

    private static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = VALUES.get(numeral.charAt(i));
            boolean subtractive = i + 1 < numeral.length() && VALUES.get(numeral.charAt(i + 1)) > value;
            total += subtractive ? -value : value;
        }
        return total;
    }
}
