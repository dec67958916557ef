package io.github.narrator.script.normalize;

import java.math.BigInteger;

/**
 * Spells numbers the way an American newsreader says them: cardinals without "and"
 * ("one hundred five"), hyphenated tens ("thirty-four"), ordinals, years in pairs
 * ("nineteen eighty-six", "twenty twenty-five", "two thousand six"), digit strings and decimals.
 */
final class NumberWords {

    private static final String[] UNITS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion"};
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private NumberWords() {
    }

    /** "1,234" or "1234" as "one thousand two hundred thirty-four"; absurdly long numbers digit by digit. */
    static String cardinal(String digits) {
        String plain = digits.replace(",", "");
        if (plain.length() > 3 * SCALES.length) {
            return digits(plain);
        }
        return cardinal(new BigInteger(plain));
    }

    static String cardinal(long n) {
        return cardinal(BigInteger.valueOf(n));
    }

    private static String cardinal(BigInteger n) {
        if (n.signum() < 0) {
            return "minus " + cardinal(n.negate());
        }
        if (n.signum() == 0) {
            return "zero";
        }
        StringBuilder words = new StringBuilder();
        int scale = 0;
        while (n.signum() > 0) {
            int group = n.mod(THOUSAND).intValue();
            if (group > 0) {
                String part = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
                words.insert(0, words.length() > 0 ? part + " " : part);
            }
            n = n.divide(THOUSAND);
            scale++;
        }
        return words.toString();
    }

    private static String belowThousand(int n) {
        if (n >= 100) {
            int rest = n % 100;
            return UNITS[n / 100] + " hundred" + (rest > 0 ? " " + belowHundred(rest) : "");
        }
        return belowHundred(n);
    }

    static String belowHundred(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        return TENS[n / 10] + (n % 10 > 0 ? "-" + UNITS[n % 10] : "");
    }

    static String ordinal(String digits) {
        return ordinalOfWords(cardinal(digits));
    }

    static String ordinal(long n) {
        return ordinalOfWords(cardinal(n));
    }

    /** Turns the last word of a spelled cardinal into its ordinal: "twenty-one" → "twenty-first". */
    static String ordinalOfWords(String words) {
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        String last = words.substring(cut);
        String head = words.substring(0, cut);
        return head + switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
    }

    /** Each digit as a word: "004" → "zero zero four". */
    static String digits(String digits) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(UNITS[c - '0']);
            }
        }
        return words.toString();
    }

    /**
     * A year as said aloud: 1986 → "nineteen eighty-six", 1801 → "eighteen oh one",
     * 1900 → "nineteen hundred", 2006 → "two thousand six", 2025 → "twenty twenty-five".
     * Years below 1000 read in the same pairs: 340 → "three forty".
     */
    static String year(int year) {
        if (year < 100 || year % 1000 < 10) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        return low == 0 ? belowHundred(high) + " hundred" : belowHundred(high) + " " + twoDigitsOfYear(low);
    }

    /** The second half of a year: 5 → "oh five", 38 → "thirty-eight". */
    static String twoDigitsOfYear(int n) {
        return n < 10 ? "oh " + UNITS[n] : belowHundred(n);
    }

    /** "2.050" → "two point zero five zero"; ".5" → "point five". */
    static String decimal(String number) {
        int dot = number.indexOf('.');
        String whole = number.substring(0, dot);
        String fraction = number.substring(dot + 1);
        String head = whole.isEmpty() ? "" : cardinal(whole) + " ";
        return head + "point " + digits(fraction);
    }

    /** Plural of a spelled number for decades and counts: "eighty" → "eighties", "six" → "sixes". */
    static String plural(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        if (words.endsWith("x")) {
            return words + "es";
        }
        return words + "s";
    }
}
