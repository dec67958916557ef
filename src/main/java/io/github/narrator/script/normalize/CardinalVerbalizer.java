package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whole numbers: "9,000", "9 000" and "9.000.000" → "nine thousand" and "nine million", "-2" → "minus two", "004" → "zero zero four",
 * "20bn" → "twenty billion". A bare four-digit number from 1100 to 2099 is a year in news copy
 * ("in 1994", "the 2024 election"), unless the words before it count something ("over 1500").
 */
final class CardinalVerbalizer implements Verbalizer {

    /** Thousands separated by spaces, as SI style writes them: "10 000 000" (a space, no-break or thin space). */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:[ \\u00A0\\u2009\\u202F]\\d{3})+" + Numbers.END);
    /** Thousands separated by full stops, as much of Europe writes them: "1.000.000" (two groups at least, or it is a decimal). */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3}){2,}" + Numbers.END);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<sign>[-−])?(?<n>" + Numbers.INTEGER + ")(?<scale>bn|tn|trn)?" + Numbers.END);

    /** Words after which a four-digit number is a count, not a year. */
    private static final Set<String> COUNTING_WORDS = Set.of(
            "over", "about", "than", "nearly", "some", "approximately", "around", "almost", "roughly",
            "least", "under", "exactly", "number", "no", "total", "only", "just", "additional");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher spaced = cursor.match(SPACED_THOUSANDS);
        if (spaced == null) {
            spaced = cursor.match(DOTTED_THOUSANDS);
        }
        if (spaced != null) {
            return new Reading(spaced.end(), NumberWords.cardinal(spaced.group().replaceAll("\\D", "")), Token.Kind.CARDINAL);
        }
        Matcher m = cursor.match(NUMBER);
        if (m == null) {
            return null;
        }
        String digits = m.group("n");
        String scale = m.group("scale");
        String words;
        if (digits.length() > 1 && digits.startsWith("0")) {
            words = NumberWords.digits(digits);
        } else if (scale == null && isYear(digits) && !COUNTING_WORDS.contains(cursor.wordBefore().toLowerCase(Locale.ROOT))) {
            words = NumberWords.year(Integer.parseInt(digits));
        } else {
            words = NumberWords.cardinal(digits);
        }
        if (m.group("sign") != null) {
            words = "minus " + words;
        }
        if (scale != null) {
            words += " " + Numbers.SCALE_SUFFIXES.get(scale);
        }
        return new Reading(m.end(), words, Token.Kind.CARDINAL);
    }

    /** Four digits, no separator, 1100 to 2099: how years are written. */
    static boolean isYear(String digits) {
        if (digits.length() != 4 || digits.indexOf(',') >= 0) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= 1100 && value <= 2099;
    }
}
