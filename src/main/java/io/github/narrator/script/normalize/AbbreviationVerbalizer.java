package io.github.narrator.script.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Abbreviations read in full where the context says which word they stand for: titles before a
 * name ("Gen. Gordon Granger" → "General Gordon Granger", "dr Smith" → "doctor Smith"), "St." as
 * saint or street and "Dr." as doctor or drive, street types after a street name ("Fifth Ave."),
 * abbreviations before a number ("No. 10", "#34" → "number", "pp. 12", "Vol. 3"), "Co." after a name
 * → "Company", "v." between names → "versus", "c. 1740" → "circa", and a list of fixed ones
 * ("vs", "ltd", "e.g.").
 */
final class AbbreviationVerbalizer implements Verbalizer {

    private static final Map<String, String> TITLES = Tables.pairs("titles.txt");
    private static final Map<String, String> FIXED = lowerCaseKeys(Tables.pairs("abbreviations.txt"));
    private static final Map<String, String> STREET_TYPES = Tables.pairs("street-types.txt");
    private static final Map<String, String> TITLES_IN_LOWER_CASE = firstOfEachLowerCaseKey(TITLES);
    private static final Map<String, String> STREET_TYPES_IN_LOWER_CASE = firstOfEachLowerCaseKey(STREET_TYPES);
    private static final Map<String, String> BEFORE_NUMBERS = lowerCaseKeys(Tables.pairs("numbered.txt"));
    private static final Set<String> FUNCTION_WORDS = Tables.words("function-words.txt");

    private static final Pattern FIXED_DOTTED = Pattern.compile(
            Tables.alternation(FIXED.keySet().stream().filter(key -> key.indexOf('.') >= 0).toList()) + "(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("(?<word>\\p{L}[\\p{L}'’]*)(?<dot>\\.(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER_SIGN = Pattern.compile("#\\s?(?=\\d)");
    private static final Pattern FOLLOWED_BY_NUMBER = Pattern.compile("\\s?\\d");
    private static final Pattern FOLLOWED_BY_YEAR = Pattern.compile("\\s\\d{3,4}(?!\\d)");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(NUMBER_SIGN);
        if (m != null) {
            return new Reading(m.end(), "number", Token.Kind.ABBREVIATION);
        }
        m = cursor.match(FIXED_DOTTED);
        if (m != null) {
            return finish(cursor, m.end(), FIXED.get(m.group().toLowerCase(Locale.ROOT)), true);
        }
        m = cursor.match(WORD);
        if (m == null) {
            return null;
        }
        boolean dot = m.group("dot") != null;
        String spoken = word(cursor, m.group("word"), dot, m.end());
        return spoken == null ? null : finish(cursor, m.end(), spoken, dot);
    }

    /** Keeps a sentence's final full stop that the abbreviation swallowed. */
    private static Reading finish(Cursor cursor, int end, String spoken, boolean endsWithDot) {
        if (endsWithDot && cursor.atTextEnd(end)) {
            spoken += ".";
        }
        return new Reading(end, spoken, Token.Kind.ABBREVIATION);
    }

    private static @Nullable String word(Cursor cursor, String word, boolean dot, int end) {
        String next = Cursor.bare(cursor.chunkAfter(end));
        // in text written all in lower case ("dr. brown"), a dotted title before a content word is still a title
        boolean lowerCaseName = dot && word.equals(word.toLowerCase(Locale.ROOT)) && next.length() > 1
                && NounAfter.isNounLike(cursor.chunkAfter(end));
        boolean nextIsName = (Cursor.isCapitalized(next) && (next.length() > 1 || cursor.chunkAfter(end).endsWith(".")))
                || lowerCaseName;
        String beforeNumber = BEFORE_NUMBERS.get(word.toLowerCase(Locale.ROOT));
        if (beforeNumber != null && (dot || word.equals("No") || word.equals("NO"))
                && FOLLOWED_BY_NUMBER.matcher(cursor.text()).region(end, cursor.text().length()).lookingAt()) {
            return beforeNumber;
        }
        if (word.equalsIgnoreCase("St") && !word.equals("ST")) {
            if (nextIsName && !afterStreetName(cursor)) {
                return "Saint";
            }
            return afterStreetName(cursor) ? "Street" : null;
        }
        if (word.equalsIgnoreCase("Dr") && !word.equals("DR")) {
            if (nextIsName) {
                return "Doctor";
            }
            return afterStreetName(cursor) ? "Drive" : null;
        }
        String title = lookUp(TITLES, TITLES_IN_LOWER_CASE, word);
        if (title != null && nextIsName) {
            return title;
        }
        String streetType = lookUp(STREET_TYPES, STREET_TYPES_IN_LOWER_CASE, word);
        if (streetType != null && afterStreetName(cursor)) {
            return streetType;
        }
        String fixed = FIXED.get(word.toLowerCase(Locale.ROOT));
        if (fixed != null && !isShouted(word)) {
            return fixed;
        }
        if (dot && word.equals("v") && Cursor.isCapitalized(cursor.wordBefore()) && nextIsName) {
            return "versus";
        }
        if (dot && (word.equals("c") || word.equals("ca"))
                && FOLLOWED_BY_YEAR.matcher(cursor.text()).region(end, cursor.text().length()).lookingAt()) {
            return "circa";
        }
        if (dot && word.equals("Co") && afterStreetName(cursor)) {
            return "Company";
        }
        return null;
    }

    /** A title or street type matches as listed or in lower case, never shouted ("DR" is not "Dr"). */
    private static String lookUp(Map<String, String> table, Map<String, String> inLowerCase, String word) {
        String listed = table.get(word);
        return listed != null ? listed : inLowerCase.get(word);
    }

    private static boolean isShouted(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the word before names a street: a capitalised word that does not start the sentence
     * ("Elm St."), an ordinal ("3rd st") or a house number ("12 St").
     */
    private static boolean afterStreetName(Cursor cursor) {
        String chunk = cursor.chunkBefore(1);
        if (chunk.isEmpty() || !Character.isLetterOrDigit(chunk.charAt(chunk.length() - 1))) {
            return false;
        }
        String word = Cursor.bare(chunk);
        if (word.matches("\\d+(?:st|nd|rd|th)?")) {
            return true;
        }
        boolean startsSentence = cursor.chunkBefore(2).isEmpty() || cursor.chunkBefore(2).matches(".*[.!?:]");
        return Cursor.isCapitalized(word) && !FUNCTION_WORDS.contains(word) && !startsSentence;
    }

    /** The table keyed in lower case; where two keys lower to one, the one listed first wins. */
    private static Map<String, String> firstOfEachLowerCaseKey(Map<String, String> table) {
        Map<String, String> lower = new HashMap<>();
        table.forEach((key, value) -> lower.putIfAbsent(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> table) {
        Map<String, String> lower = new HashMap<>();
        table.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
