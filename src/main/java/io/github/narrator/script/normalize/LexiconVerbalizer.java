package io.github.narrator.script.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Says a lexicon entry's respelling in place of the written word ("Kyiv's" → "Keev's"). */
final class LexiconVerbalizer implements Verbalizer {

    private final Map<String, String> respellings = new HashMap<>();
    private final Pattern entries;

    LexiconVerbalizer(Lexicon lexicon) {
        lexicon.entries().forEach((written, spoken) -> respellings.put(written.toLowerCase(Locale.ROOT), spoken));
        entries = Pattern.compile(Tables.alternation(lexicon.entries().keySet()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(entries);
        if (m == null) {
            return null;
        }
        return new Reading(m.end(), respellings.get(m.group().toLowerCase(Locale.ROOT)), Token.Kind.LEXICON);
    }
}
