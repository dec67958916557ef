package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * US state abbreviations after a city and a comma, read as the state's name: "Galveston, TX" →
 * "Galveston, Texas", "Kansas City, MO." → "Kansas City, Missouri.", "Albany, N.Y.". Elsewhere
 * "OR", "IN" or "ME" are words, so nothing else is touched.
 */
final class StateVerbalizer implements Verbalizer {

    private static final Pattern STATE = Pattern.compile("(?<state>" + UsStates.abbreviations() + ")(?![\\p{L}\\p{N}])");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(STATE);
        if (m == null || !afterCity(cursor)) {
            return null;
        }
        String name = UsStates.name(m.group("state"));
        boolean sentenceEnd = m.group().endsWith(".") && cursor.atTextEnd(m.end());
        return new Reading(m.end(), sentenceEnd ? name + "." : name, Token.Kind.ABBREVIATION);
    }

    /** Whether a capitalised word and a comma come just before: "Galveston, ". */
    private static boolean afterCity(Cursor cursor) {
        String chunk = cursor.chunkBefore(1);
        return chunk.length() > 1 && chunk.endsWith(",") && Cursor.isCapitalized(chunk);
    }
}
