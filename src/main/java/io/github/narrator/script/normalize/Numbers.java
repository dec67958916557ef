package io.github.narrator.script.normalize;

import java.util.Map;

/** Regular-expression pieces for written numbers, shared by the verbalisers, and their readings. */
final class Numbers {

    /** An integer, with or without thousands separators: "7", "1,000", "123000". */
    static final String INTEGER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)";
    /** An integer or a decimal: "7", "1,000", "2.5", ".25". */
    static final String AMOUNT = "(?:" + INTEGER + "?\\.\\d+|" + INTEGER + ")";
    /** A sign before a number: ASCII hyphen-minus, the minus sign, or plus. */
    static final String SIGN = "[-−+]";
    /** Nothing word-like follows (and no further digits after a separator): the number ends here. */
    static final String END = "(?![\\p{L}\\p{N}]|[.,:]\\d)";

    /** Scale words and the short forms news copy uses for them ("€4.5bn", "$5m", "¥30B"). */
    static final Map<String, String> SCALE_SUFFIXES = Map.ofEntries(
            Map.entry("thousand", "thousand"), Map.entry("k", "thousand"), Map.entry("K", "thousand"),
            Map.entry("million", "million"), Map.entry("m", "million"), Map.entry("M", "million"),
            Map.entry("mn", "million"), Map.entry("mln", "million"),
            Map.entry("billion", "billion"), Map.entry("bn", "billion"), Map.entry("b", "billion"),
            Map.entry("B", "billion"), Map.entry("trillion", "trillion"), Map.entry("tn", "trillion"),
            Map.entry("trn", "trillion"), Map.entry("T", "trillion"));

    private Numbers() {
    }

    /** Reads an integer or decimal as written ("1,000", "2.05"). */
    static String amount(String written) {
        return written.indexOf('.') >= 0 ? NumberWords.decimal(written.replace(",", "")) : NumberWords.cardinal(written);
    }

    /** What is said for a sign before a number: "minus ", "plus " or nothing. */
    static String signWord(String sign) {
        if (sign == null || sign.isEmpty()) {
            return "";
        }
        return sign.equals("+") ? "plus " : "minus ";
    }

    /** Whether an amount is exactly one, so the unit after it stays singular. */
    static boolean isOne(String written) {
        return written.equals("1");
    }

    /** Whether written digits ("0", "0,000", any length) are zero. */
    static boolean isZero(String integer) {
        return integer.chars().allMatch(c -> c == '0' || c == ',');
    }
}
