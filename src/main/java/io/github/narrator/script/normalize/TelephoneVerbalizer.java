package io.github.narrator.script.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Telephone numbers digit by digit, a pause between groups: "+380 44 123 4567" → "plus three
 * eight zero, four four, one two three, four five six seven"; "(555) 555-5555"; "1-800-GO-U-HAUL"
 * → "one, eight hundred, GO U HAUL". Also other digit strings read the same way: social security
 * numbers (123-45-6789), card numbers in groups of four, and IP addresses ("123.123.0.40" → "one two
 * three dot ...").
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
    /** A local number: three digits, a hyphen, four ("555-0147"); a range when nothing says otherwise. */
    private static final Pattern LOCAL = Pattern.compile("\\d{3}-\\d{4}" + NOT_WORD);
    /**
     * Digits in groups separated by spaces, as telephone numbers outside North America are written
     * ("020 7946 0958", "0161 496 0000"): the first group starts with 0 (a trunk prefix) and there are
     * nine or more digits in all.
     */
    private static final Pattern TRUNK_GROUPED = Pattern.compile("0\\d{1,4}(?: \\d{2,4}){1,3}" + NOT_WORD);
    /**
     * A card number: four groups of four digits (or Amex's 4-6-5), separated by spaces or hyphens
     * ("4111 1111 1111 1111", "4111-1111-1111-1111").
     */
    private static final Pattern CARD = Pattern.compile("\\d{4}(?<sep>[ -])(?:\\d{4}\\k<sep>\\d{4}\\k<sep>\\d{4}|\\d{6}\\k<sep>\\d{5})" + NOT_WORD);
    /** Words that say a number near them is a telephone number ("call", "phone 555-0147"). */
    private static final Set<String> TELEPHONE_WORDS = Set.of("call", "calls", "calling", "phone", "telephone", "tel",
            "dial", "fax", "hotline", "helpline", "text", "contact", "reach", "mobile", "cell", "line");
    /** A short number dialled, such as an emergency number: "call 911", "dial 999", "ring 112". */
    private static final Pattern DIALLED = Pattern.compile("\\d{3}" + NOT_WORD);
    private static final Set<String> DIAL_WORDS = Set.of("call", "dial", "dialled", "dialed", "ring", "phone", "text");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}" + NOT_WORD);
    private static final Set<String> TOLL_FREE = Set.of("800", "888", "877", "866", "855", "844", "833");

    @Override
    public @Nullable Reading read(Cursor cursor) {
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
        if (m == null) {
            m = cursor.match(CARD);
        }
        if (m == null) {
            m = cursor.match(TRUNK_GROUPED);
            m = m != null && m.group().replace(" ", "").length() >= 9 ? m : null;
        }
        if (m == null) {
            m = cursor.match(LOCAL);
            m = m != null && isLocalNumber(cursor, m.group()) ? m : null;
        }
        if (m == null && DIAL_WORDS.contains(cursor.wordBefore().toLowerCase(Locale.ROOT))) {
            m = cursor.match(DIALLED);
            m = m != null && !NounAfter.isNounLike(cursor.chunkAfter(m.end())) ? m : null;
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

    /**
     * Whether "555-0147" is a telephone number, not the range 555 to 147: the second group starts with
     * 0 (no range is written so), or the number is 555 (kept for fiction and examples), or a word
     * like "call" comes shortly before.
     */
    private static boolean isLocalNumber(Cursor cursor, String number) {
        if (number.charAt(4) == '0' || number.startsWith("555")) {
            return true;
        }
        for (int steps = 1; steps <= 6; steps++) {
            String word = Cursor.bare(cursor.chunkBefore(steps)).toLowerCase(Locale.ROOT);
            if (TELEPHONE_WORDS.contains(word)) {
                return true;
            }
            if (word.isEmpty()) {
                return false;
            }
        }
        return false;
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
