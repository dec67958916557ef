package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Ranges and scores written with a hyphen or dash: "2022-2024" → "twenty twenty-two to twenty
 * twenty-four", "1837-38" → "eighteen thirty-seven to thirty-eight", "5-4 vote" → "five to four vote",
 * "from 2-10" → "from two to ten", "the 2012/13 season", "a 3:1 ratio" → "three to one"; after "between"
 * the dash is read "and".
 */
final class RangeVerbalizer implements Verbalizer {

    private static final Pattern RANGE = Pattern.compile(
            "(?<a>" + Numbers.AMOUNT + ")\\s?[-–]\\s?(?<b>" + Numbers.AMOUNT + ")" + Numbers.END + "(?![-–]\\d)");
    /** A season or financial year written with a slash: "2012/13". */
    private static final Pattern SEASON = Pattern.compile("(?<a>\\d{4})/(?<b>\\d{2})" + Numbers.END);
    /** A ratio or score with a colon that cannot be a clock time: "3:1". */
    private static final Pattern RATIO = Pattern.compile("(?<a>\\d+):(?<b>\\d)" + Numbers.END);

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(RATIO);
        if (m != null) {
            return new Reading(m.end(), NumberWords.cardinal(m.group("a")) + " to " + NumberWords.cardinal(m.group("b")),
                    Token.Kind.RANGE);
        }
        m = cursor.match(SEASON);
        if (m == null) {
            m = cursor.match(RANGE);
        }
        if (m == null) {
            return null;
        }
        String a = m.group("a");
        String b = m.group("b");
        String joint = cursor.wordBefore().equalsIgnoreCase("between") ? " and " : " to ";
        String words;
        if (CardinalVerbalizer.isYear(a) && CardinalVerbalizer.isYear(b)) {
            words = NumberWords.year(Integer.parseInt(a)) + joint + NumberWords.year(Integer.parseInt(b));
        } else if (CardinalVerbalizer.isYear(a) && b.length() == 2 && Integer.parseInt(b) > Integer.parseInt(a) % 100) {
            words = NumberWords.year(Integer.parseInt(a)) + joint + NumberWords.twoDigitsOfYear(Integer.parseInt(b));
        } else {
            words = Numbers.amount(a) + joint + Numbers.amount(b);
        }
        return new Reading(m.end(), words, Token.Kind.RANGE);
    }
}
