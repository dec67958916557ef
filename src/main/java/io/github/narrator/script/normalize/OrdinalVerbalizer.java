package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Ordinals written with digits: "21st" → "twenty-first", "111th" → "one hundred eleventh", "29th's". */
final class OrdinalVerbalizer implements Verbalizer {

    private static final Pattern ORDINAL = Pattern.compile(
            "(?<n>" + Numbers.INTEGER + ")(?:st|nd|rd|th|ST|ND|RD|TH)(?<possessive>['’]s)?(?![\\p{L}\\p{N}])");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(ORDINAL);
        if (m == null) {
            return null;
        }
        String words = NumberWords.ordinal(m.group("n"));
        if (m.group("possessive") != null) {
            words += "'s";
        }
        return new Reading(m.end(), words, Token.Kind.ORDINAL);
    }
}
