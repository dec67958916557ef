package io.github.narrator.script.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Street addresses: the house number in pairs as people say it ("1428 Elm St." → "fourteen
 * twenty-eight Elm Street", "123 Laguna Ct" → "one twenty-three Laguna Court"), a direction in full
 * ("12 S 1st st" → "twelve South first Street"), and a ZIP code after a state read digit by digit.
 */
final class AddressVerbalizer implements Verbalizer {

    private static final Map<String, String> STREET_TYPES = Tables.pairs("street-types.txt");
    private static final List<String> STREET_WORDS = List.of("Street", "Avenue", "Road", "Drive", "Boulevard",
            "Court", "Lane", "Highway", "Way", "Place", "Square", "Parkway", "Terrace", "Circle");
    private static final Map<String, String> DIRECTIONS = Map.of("N", "North", "S", "South", "E", "East",
            "W", "West", "NE", "Northeast", "NW", "Northwest", "SE", "Southeast", "SW", "Southwest");

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<number>\\d{1,5})\\s+(?:(?<direction>[NSEW]|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?"
                    + "(?<name>(?:(?:\\p{Lu}[\\p{L}'’-]*|\\d+(?:st|nd|rd|th))\\s+){1,3})"
                    + "(?<type>(?i:" + Tables.alternation(STREET_TYPES.keySet()) + "|" + Tables.alternation(STREET_WORDS) + "))"
                    + "(?<dot>\\.)?(?![\\p{L}\\p{N}])");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher zip = cursor.match(ZIP);
        if (zip != null && UsStates.name(cursor.chunkBefore(1).replaceFirst(",$", "")) != null) {
            return new Reading(zip.end(), NumberWords.digits(zip.group()), Token.Kind.ADDRESS);
        }
        Matcher m = cursor.match(ADDRESS);
        if (m == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        words.add(houseNumber(m.group("number")));
        if (m.group("direction") != null) {
            words.add(DIRECTIONS.getOrDefault(m.group("direction"), m.group("direction")));
        }
        for (String name : m.group("name").trim().split("\\s+")) {
            Matcher ordinal = ORDINAL.matcher(name);
            words.add(ordinal.matches() ? NumberWords.ordinal(ordinal.group(1)) : name);
        }
        words.add(streetType(m.group("type")));
        String spoken = String.join(" ", words);
        if (m.group("dot") != null && cursor.atTextEnd(m.end())) {
            spoken += ".";
        }
        return new Reading(m.end(), spoken, Token.Kind.ADDRESS);
    }

    /** 12 → "twelve", 123 → "one twenty-three", 1428 → "fourteen twenty-eight", 95051 digit by digit. */
    static String houseNumber(String digits) {
        int value = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return NumberWords.cardinal(value);
        }
        if (digits.length() == 3) {
            return value % 100 == 0 ? NumberWords.cardinal(value)
                    : NumberWords.cardinal(value / 100) + " " + NumberWords.twoDigitsOfYear(value % 100);
        }
        if (digits.length() == 4) {
            return NumberWords.year(value);
        }
        return NumberWords.digits(digits);
    }

    private static String streetType(String written) {
        for (Map.Entry<String, String> type : STREET_TYPES.entrySet()) {
            if (type.getKey().equalsIgnoreCase(written)) {
                return type.getValue();
            }
        }
        return written;
    }

}
