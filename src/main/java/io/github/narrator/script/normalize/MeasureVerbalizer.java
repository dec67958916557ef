package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Quantities with a unit: "12kg" → "twelve kilograms", "34%" → "thirty-four percent",
 * "−15°C" → "minus fifteen degrees Celsius", "7.62 mm", "2-5lb" → "two to five pounds",
 * "a 5-km run" → "a five kilometer run", "142/km²" → "one hundred forty-two per square kilometer",
 * "2x8 m2" → "two by eight square meters", "2.5x" → "two point five times", "5 ft 6 in" → "five feet six inches".
 */
final class MeasureVerbalizer implements Verbalizer {

    private static final Units UNITS = Units.STANDARD;
    private static final String UNIT = UNITS.regex();
    private static final String MIXED = "\\d+\\s+\\d+/\\d+";
    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])";
    /** Words after "1.5m" that make the m metres; otherwise news copy means million ("1.5m people"). */
    private static final Set<String> DIMENSION_WORDS = Set.of("tall", "high", "long", "wide", "deep", "away",
            "above", "below", "thick", "in", "from", "of", "across", "underground", "up", "down");

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<sign>" + Numbers.SIGN + ")?(?<a>" + MIXED + "|" + Numbers.AMOUNT + ")"
                    + "(?:\\s?[-–]\\s?(?<b>" + Numbers.AMOUNT + "))?"
                    + "(?:\\s(?<scale>thousand|million|billion|trillion))?"
                    + "(?<join>-|\\s?)(?<unit>" + UNIT + ")(?:/(?<per>" + UNIT + "))?" + NOT_WORD);
    /**
     * A temperature written with a bare C or F ("20.49C", "-3F", "4C hotter"): read as degrees unless
     * a word before makes it a label ("Gate 4C", "Form 4F").
     */
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?<sign>" + Numbers.SIGN + ")?(?<a>" + Numbers.AMOUNT + ")(?<scale>[CF])" + NOT_WORD + "(?![.,:]\\d)");
    private static final Set<String> LABELS = Set.of("gate", "form", "flat", "apartment", "apt", "room", "unit", "suite",
            "block", "building", "platform", "seat", "row", "grade", "class", "level", "type", "channel", "route", "line",
            "bus", "studio", "ward", "bay", "pier", "terminal", "zone", "section", "size", "category", "hall", "court",
            "box", "item", "article", "chapter", "exhibit", "figure", "table", "page", "model", "version", "no", "number");
    private static final Pattern PER_UNIT = Pattern.compile(
            "(?<a>" + Numbers.AMOUNT + ")/(?<per>" + UNIT + ")" + NOT_WORD);
    private static final Pattern DIMENSIONS = Pattern.compile(
            "(?<a>" + Numbers.AMOUNT + ")\\s?[x×]\\s?(?<b>" + Numbers.AMOUNT + ")(?:\\s?[x×]\\s?(?<c>"
                    + Numbers.AMOUNT + "))?(?:\\s?(?<unit>" + UNIT + "))?" + NOT_WORD);
    private static final Pattern FEET_AND_INCHES = Pattern.compile(
            "(?<feet>\\d+)\\s?(?:ft|feet|foot|')\\s?(?<inches>\\d+)\\s?(?:in|inches|inch|\"|″)(?![\\p{L}\\p{N}])");
    private static final Pattern MULTIPLIER = Pattern.compile("(?<a>" + Numbers.AMOUNT + ")[x×]" + NOT_WORD);

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(DIMENSIONS);
        if (m != null) {
            StringBuilder words = new StringBuilder(Numbers.amount(m.group("a")))
                    .append(" by ").append(Numbers.amount(m.group("b")));
            if (m.group("c") != null) {
                words.append(" by ").append(Numbers.amount(m.group("c")));
            }
            if (m.group("unit") != null) {
                words.append(' ').append(UNITS.plural(m.group("unit")));
            }
            return reading(m, words.toString());
        }
        m = cursor.match(FEET_AND_INCHES);
        if (m != null) {
            return reading(m, count(m.group("feet"), "foot", "feet") + " " + count(m.group("inches"), "inch", "inches"));
        }
        m = cursor.match(MULTIPLIER);
        if (m != null) {
            return reading(m, Numbers.amount(m.group("a")) + " times");
        }
        m = cursor.match(QUANTITY);
        if (m != null && !meansMillion(cursor, m)) {
            return reading(m, quantity(m, NounAfter.follows(cursor, m.end())));
        }
        m = cursor.match(TEMPERATURE);
        if (m != null && !LABELS.contains(cursor.wordBefore().toLowerCase(Locale.ROOT))) {
            String unit = m.group("scale").equals("C") ? "Celsius" : "Fahrenheit";
            boolean one = Numbers.isOne(m.group("a")) && m.group("sign") == null;
            return reading(m, Numbers.signWord(m.group("sign")) + Numbers.amount(m.group("a"))
                    + (one ? " degree " : " degrees ") + unit);
        }
        m = cursor.match(PER_UNIT);
        if (m != null) {
            return reading(m, Numbers.amount(m.group("a")) + " per " + UNITS.singular(m.group("per")));
        }
        return null;
    }

    private static boolean meansMillion(Cursor cursor, Matcher m) {
        return m.group("unit").equals("m") && m.group("join").isEmpty() && m.group("scale") == null && m.group("a").contains(".")
                && !DIMENSION_WORDS.contains(Cursor.bare(cursor.chunkAfter(m.end())));
    }

    /** @param beforeNoun the quantity describes the noun after it ("a 155 mm shell"): the unit is singular */
    private static String quantity(Matcher m, boolean beforeNoun) {
        String a = m.group("a");
        String words = Numbers.signWord(m.group("sign")) + (a.indexOf('/') >= 0 ? mixed(a) : Numbers.amount(a));
        String unit = m.group("unit");
        boolean adjective = m.group("join").equals("-") || (beforeNoun && m.group("per") == null && !unit.equals("%"));
        if (m.group("b") != null) {
            words += " to " + Numbers.amount(m.group("b"));
        }
        if (m.group("scale") != null) {
            words += " " + m.group("scale");
        }
        boolean singular = adjective || (m.group("b") == null && Numbers.isOne(a));
        words += " " + (singular ? UNITS.singular(unit) : UNITS.plural(unit));
        if (m.group("per") != null) {
            words += " per " + UNITS.singular(m.group("per"));
        }
        return words;
    }

    private static String count(String number, String one, String many) {
        return NumberWords.cardinal(number) + " " + (Numbers.isOne(number) ? one : many);
    }

    private static String mixed(String written) {
        String[] parts = written.split("[\\s/]+");
        return FractionVerbalizer.mixed(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    private static Reading reading(Matcher m, String words) {
        return new Reading(m.end(), words, Token.Kind.MEASURE);
    }
}
