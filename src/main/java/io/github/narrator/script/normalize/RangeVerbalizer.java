package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges and scores written with a hyphen or dash: "2022-2024" → "twenty twenty-two to twenty
 * twenty-four", "1837-38" → "eighteen thirty-seven to thirty-eight", "5-4 vote" → "five to four vote",
 * "from 2-10" → "from two to ten"; after "between" the dash is read "and".
 */
final class RangeVerbalizer implements Verbalizer {

    private static final Pattern RANGE = Pattern.compile(
            "(?<a>" + Numbers.AMOUNT + ")\\s?[-–]\\s?(?<b>" + Numbers.AMOUNT + ")" + Numbers.END + "(?![-–]\\d)");

    @Override
    public Reading read(Cursor cursor) {
        Matcher m = cursor.match(RANGE);
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
