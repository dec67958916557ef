package io.github.narrator.script.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers digit by digit, a pause between groups: "+380 44 123 4567" → "plus three
 * eight zero, four four, one two three, four five six seven"; "(555) 555-5555"; "1-800-GO-U-HAUL"
 * → "one, eight hundred, GO U HAUL". Also other digit strings read the same way: social security
 * numbers (123-45-6789) and IP addresses ("123.123.0.40" → "one two three dot ...").
 */
final class TelephoneVerbalizer implements Verbalizer {

    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])(?![.,:-]\\d)";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "\\+(?<country>\\d{1,3})(?<rest>(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,6})" + NOT_WORD);
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?:1[-.\\s])?(?:\\(\\d{3}\\)|\\d{3})[-.\\s]?\\d{3}[-.\\s]\\d{4}" + NOT_WORD);
    private static final Pattern VANITY = Pattern.compile(
            "1-8(?:00|88|77|66|55|44|33)(?:-[A-Z0-9]{1,7}){2,4}" + NOT_WORD);
    private static final Pattern SOCIAL_SECURITY = Pattern.compile("\\d{3}-\\d{2}-\\d{4}" + NOT_WORD);
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}" + NOT_WORD);
    private static final Set<String> TOLL_FREE = Set.of("800", "888", "877", "866", "855", "844", "833");

    @Override
    public Reading read(Cursor cursor) {
        Matcher m = cursor.match(INTERNATIONAL);
        if (m != null && m.group("rest").replaceAll("\\D", "").length() >= 6) {
            return reading(m, "plus " + NumberWords.digits(m.group("country")) + ", " + groups(m.group("rest")));
        }
        m = cursor.match(VANITY);
        if (m == null) {
            m = cursor.match(NORTH_AMERICAN);
        }
        if (m == null) {
            m = cursor.match(SOCIAL_SECURITY);
        }
        if (m != null) {
            return reading(m, groups(m.group()));
        }
        m = cursor.match(IP_ADDRESS);
        if (m != null) {
            List<String> parts = new ArrayList<>();
            for (String part : m.group().split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
                parts.add(NumberWords.digits(part));
            }
            return reading(m, String.join(" dot ", parts));
        }
        return null;
    }

    /** Each group of digits (or letters, in vanity numbers) read on its own, groups joined by a pause. */
    private static String groups(String number) {
        List<String> groups = new ArrayList<>();
        for (String group : number.split("[^0-9A-Za-z]+")) {
            if (group.isEmpty()) {
                continue;
            }
            if (!group.matches("\\d+")) {
                groups.add(group);
            } else if (groups.size() == 1 && groups.get(0).equals("one") && TOLL_FREE.contains(group)) {
                groups.add(NumberWords.cardinal(group));
            } else {
                groups.add(NumberWords.digits(group));
            }
        }
        return joinLetters(groups);
    }

    /** Letter groups of a vanity number run together ("GO U HAUL"); other groups are separated by commas. */
    private static String joinLetters(List<String> groups) {
        StringBuilder words = new StringBuilder();
        boolean previousLetters = false;
        for (String group : groups) {
            boolean letters = Character.isLetter(group.charAt(0)) && group.equals(group.toUpperCase());
            if (words.length() > 0) {
                words.append(letters && previousLetters ? " " : ", ");
            }
            words.append(group);
            previousLetters = letters;
        }
        return words.toString();
    }

    private static Reading reading(Matcher m, String words) {
        return new Reading(m.end(), words, Token.Kind.TELEPHONE);
    }
}
