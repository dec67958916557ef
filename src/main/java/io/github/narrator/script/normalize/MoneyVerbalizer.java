package io.github.narrator.script.normalize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Amounts of money: "$1.2 billion" → "one point two billion dollars", "€4.5bn" → "four point five
 * billion euros", "$20.50" → "twenty dollars and fifty cents", "£2.01" → "two pounds and one penny",
 * "$50-$100" → "fifty dollars to one hundred dollars", "$5-10 million", "US$76.3 trillion",
 * "$350/yr" → "three hundred fifty dollars per year", "500 UAH" → "five hundred hryvnias".
 */
final class MoneyVerbalizer implements Verbalizer {

    /** How a currency is said: one and many of the main unit, one and many of the minor unit (maybe empty). */
    private record Currency(String one, String many, String minorOne, String minorMany) {
    }

    private static final Map<String, Currency> CURRENCIES = new LinkedHashMap<>();

    static {
        Tables.pairs("currencies.txt").forEach((written, value) -> {
            String[] names = value.split("\\|", -1);
            if (names.length != 4) {
                throw new IllegalStateException("currencies.txt: expected four names for " + written);
            }
            CURRENCIES.put(written, new Currency(names[0].strip(), names[1].strip(), names[2].strip(), names[3].strip()));
        });
    }

    private static final String CURRENCY = Tables.alternation(CURRENCIES.keySet());
    private static final String CODE = Tables.alternation(
            CURRENCIES.keySet().stream().filter(c -> c.matches("[A-Z]{3}|zł")).toList());
    private static final String SCALE = "\\s?(?:thousand|million|billion|trillion|bn|mn|mln|tn|trn)|-(?:thousand|million|billion|trillion)"
            + "|[kKmMbBT]";
    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])";

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<sign>[-−])?(?<cur>" + CURRENCY + ")\\s?(?<a>" + Numbers.AMOUNT + ")(?<scale>" + SCALE + ")?" + NOT_WORD
                    + "(?:\\s?[-–]\\s?(?:" + CURRENCY + ")?(?<b>" + Numbers.AMOUNT + ")(?<scale2>" + SCALE + ")?" + NOT_WORD + ")?"
                    + "(?:/(?<per>" + Units.STANDARD.regex() + ")" + NOT_WORD + ")?" + Numbers.END);
    private static final Pattern SUFFIXED = Pattern.compile(
            "(?<sign>[-−])?(?<a>" + Numbers.AMOUNT + ")(?<scale>" + SCALE + ")?\\s?(?<cur>" + CODE + ")" + NOT_WORD);

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(PREFIXED);
        if (m != null) {
            Currency currency = CURRENCIES.get(m.group("cur"));
            String words;
            if (m.group("b") == null) {
                words = say(m.group("a"), m.group("scale"), currency);
            } else if (m.group("scale") == null && m.group("scale2") != null) {
                words = Numbers.amount(m.group("a")) + " to " + say(m.group("b"), m.group("scale2"), currency);
            } else {
                words = say(m.group("a"), m.group("scale"), currency) + " to " + say(m.group("b"), m.group("scale2"), currency);
            }
            if (m.group("per") != null) {
                words += " per " + Units.STANDARD.singular(m.group("per"));
            } else if (NounAfter.follows(cursor, m.end()) && words.endsWith(" " + currency.many())) {
                words = words.substring(0, words.length() - currency.many().length()) + currency.one();
            }
            return new Reading(m.end(), Numbers.signWord(m.group("sign")) + words, Token.Kind.MONEY);
        }
        m = cursor.match(SUFFIXED);
        if (m != null) {
            String words = say(m.group("a"), m.group("scale"), CURRENCIES.get(m.group("cur")));
            return new Reading(m.end(), Numbers.signWord(m.group("sign")) + words, Token.Kind.MONEY);
        }
        return null;
    }

    private static String say(String amount, String scale, Currency currency) {
        if (scale != null) {
            String scaleWord = Numbers.SCALE_SUFFIXES.get(scale.replaceAll("[\\s-]", ""));
            return Numbers.amount(amount) + " " + scaleWord + " " + currency.many();
        }
        int dot = amount.indexOf('.');
        if (dot < 0) {
            return NumberWords.cardinal(amount) + " " + (Numbers.isOne(amount) ? currency.one() : currency.many());
        }
        String whole = amount.substring(0, dot);
        String fraction = amount.substring(dot + 1);
        if (fraction.length() != 2 || currency.minorMany().isEmpty()) {
            return NumberWords.decimal(amount.replace(",", "")) + " " + currency.many();
        }
        boolean noWhole = whole.isEmpty() || Numbers.isZero(whole);
        int cents = Integer.parseInt(fraction);
        String major = noWhole ? "" : NumberWords.cardinal(whole) + " " + (Numbers.isOne(whole) ? currency.one() : currency.many());
        if (cents == 0) {
            return noWhole ? "zero " + currency.many() : major;
        }
        String minor = NumberWords.cardinal(cents) + " " + (cents == 1 ? currency.minorOne() : currency.minorMany());
        return noWhole ? minor : major + " and " + minor;
    }
}
