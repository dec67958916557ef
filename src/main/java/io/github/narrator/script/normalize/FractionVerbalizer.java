package io.github.narrator.script.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Fractions: "1/3" → "one third", "31/32" → "thirty-one thirty-seconds", "3/4" → "three quarters",
 * "4 1/2" and "4½" → "four and a half". A "fraction" of one or more ("24/7", "50/50") is read as
 * its two numbers, the way people say it, and so is the date that names the attacks, "9/11".
 */
final class FractionVerbalizer implements Verbalizer {

    private static final Pattern SLASHED = Pattern.compile(
            "(?<sign>[-−])?(?:(?<whole>\\d{1,3})\\s+)?(?<num>\\d+)/(?<den>\\d+)" + Numbers.END);
    private static final Pattern VULGAR = Pattern.compile(
            "(?<whole>\\d+)?\\s?(?<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?![\\p{L}\\p{N}])");
    private static final Map<Character, int[]> VULGAR_VALUES = Map.ofEntries(
            Map.entry('½', new int[] {1, 2}), Map.entry('⅓', new int[] {1, 3}), Map.entry('⅔', new int[] {2, 3}),
            Map.entry('¼', new int[] {1, 4}), Map.entry('¾', new int[] {3, 4}), Map.entry('⅕', new int[] {1, 5}),
            Map.entry('⅖', new int[] {2, 5}), Map.entry('⅗', new int[] {3, 5}), Map.entry('⅘', new int[] {4, 5}),
            Map.entry('⅙', new int[] {1, 6}), Map.entry('⅚', new int[] {5, 6}), Map.entry('⅛', new int[] {1, 8}),
            Map.entry('⅜', new int[] {3, 8}), Map.entry('⅝', new int[] {5, 8}), Map.entry('⅞', new int[] {7, 8}));

    /** Longer numerators and denominators are not read as fractions (nor parsed: they could overflow). */
    private static final int MAX_DIGITS = 7;

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(VULGAR);
        if (m != null) {
            int[] value = VULGAR_VALUES.get(m.group("vulgar").charAt(0));
            return new Reading(m.end(), mixed(m.group("whole"), value[0], value[1]), Token.Kind.FRACTION);
        }
        m = cursor.match(SLASHED);
        if (m == null) {
            return null;
        }
        if (m.group("whole") == null && m.group().equals("9/11")) {
            return new Reading(m.end(), "nine eleven", Token.Kind.FRACTION);
        }
        if (m.group("num").length() > MAX_DIGITS || m.group("den").length() > MAX_DIGITS) {
            return null; // "88888888888888888888/8" is no fraction anyone says: its numbers are read
        }
        long num = Long.parseLong(m.group("num"));
        long den = Long.parseLong(m.group("den"));
        if (den == 0 || num > 1_000_000 || den > 1_000_000) {
            return null;
        }
        String sign = Numbers.signWord(m.group("sign"));
        if (m.group("whole") == null && num >= den) {
            return new Reading(m.end(), sign + NumberWords.cardinal(num) + " " + NumberWords.cardinal(den), Token.Kind.FRACTION);
        }
        if (m.group("whole") != null && num >= den) {
            return null;
        }
        return new Reading(m.end(), sign + mixed(m.group("whole"), num, den), Token.Kind.FRACTION);
    }

    /** "4" and 1/2 → "four and a half"; no whole part → "one half". */
    static String mixed(String whole, long num, long den) {
        if (whole == null) {
            return fraction(num, den);
        }
        String part = num == 1 ? "a " + denominator(den, false) : fraction(num, den);
        return NumberWords.cardinal(whole) + " and " + part;
    }

    static String fraction(long num, long den) {
        return NumberWords.cardinal(num) + " " + denominator(den, num != 1);
    }

    private static String denominator(long den, boolean plural) {
        if (den == 2) {
            return plural ? "halves" : "half";
        }
        String word = den == 4 ? "quarter" : NumberWords.ordinal(den);
        return plural ? word + "s" : word;
    }
}
