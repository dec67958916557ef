package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decimals: "2.050" → "two point zero five zero", ".1665" → "point one six six five",
 * "-0.1" → "minus zero point one", "3.5bn" → "three point five billion", "1.5m" → "one point five
 * million" (a measure in metres is read by {@link MeasureVerbalizer}); and dotted version
 * numbers: "1.2.3" → "one point two point three".
 */
final class DecimalVerbalizer implements Verbalizer {

    private static final Pattern DECIMAL = Pattern.compile(
            "(?<sign>[-−])?(?<n>" + Numbers.INTEGER + "?\\.\\d+)(?<scale>bn|tn|trn|m|k)?" + Numbers.END);
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+){2,}" + Numbers.END);
    /** Thousands written with full stops ("1.000.000"), which {@link CardinalVerbalizer} reads. */
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3}){2,}");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher version = cursor.match(VERSION);
        if (version != null && !DOTTED_THOUSANDS.matcher(version.group()).matches()) {
            String[] parts = version.group().split("\\.");
            StringBuilder words = new StringBuilder();
            for (String part : parts) {
                words.append(words.length() > 0 ? " point " : "").append(NumberWords.cardinal(part));
            }
            return new Reading(version.end(), words.toString(), Token.Kind.DECIMAL);
        }
        Matcher m = cursor.match(DECIMAL);
        if (m == null) {
            return null;
        }
        String words = NumberWords.decimal(m.group("n").replace(",", ""));
        if (m.group("sign") != null) {
            words = "minus " + words;
        }
        if (m.group("scale") != null) {
            words += " " + Numbers.SCALE_SUFFIXES.get(m.group("scale"));
        }
        return new Reading(m.end(), words, Token.Kind.DECIMAL);
    }
}
