package io.github.narrator.bench;

import java.util.Locale;

/** How the table writes numbers: three significant digits or so, never in exponent form. */
final class Format {

    private Format() {
    }

    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
