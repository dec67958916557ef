package io.github.narrator.script.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers that name something rather than count it, read so that every digit keeps its place:
 * after a word that introduces an identifier ("Resolution No. 2025-41" → "number twenty twenty-five
 * dash forty-one", "account 12345678" → "one two three four five six seven eight", "card number 4111
 * 1111 1111 1111" → groups of digits), and legal sections with a lettered subsection ("401(k)" →
 * "four oh one K", "501(c)(3)" → "five oh one C three"). A hyphen there is a dash, never "to".
 */
final class IdentifierVerbalizer implements Verbalizer {

    /** Words after which a number is an identifier ("Resolution", "account", "No."). */
    private static final Set<String> INTRODUCERS = Tables.words("identifier-words.txt");
    /** Words between an introducing word and its number: "account is 123", "account number was 123". */
    private static final Set<String> LINKS = Set.of("is", "was", "reads", "number", "no", "num", "nr");
    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])(?![.,:/-]\\d)";
    private static final Pattern JOINED = Pattern.compile("\\d+(?:[-/]\\d+)+" + NOT_WORD);
    private static final Pattern GROUPED = Pattern.compile("\\d{2,}(?: \\d{2,})+" + NOT_WORD);
    private static final Pattern LONG = Pattern.compile("\\d{5,}" + NOT_WORD);
    private static final Pattern SUBSECTION = Pattern.compile(
            "(?<section>\\d{2,4})(?<subsections>(?:\\([a-z0-9]{1,2}\\))+)(?![\\p{L}\\p{N}])");
    private static final Pattern SUBSECTION_PART = Pattern.compile("\\(([a-z0-9]{1,2})\\)");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(SUBSECTION);
        if (m != null) {
            return reading(m, section(m.group("section"), m.group("subsections")));
        }
        if (!introduced(cursor)) {
            return null;
        }
        m = cursor.match(JOINED);
        if (m != null) {
            return reading(m, parts(m.group()));
        }
        m = cursor.match(GROUPED);
        if (m == null) {
            m = cursor.match(LONG);
        }
        if (m != null) {
            return reading(m, String.join(", ", Arrays.stream(m.group().split(" ")).map(NumberWords::digits).toList()));
        }
        return null;
    }

    /**
     * Whether a word before introduces an identifier ("Resolution 2025-41", "account no. 123"),
     * maybe linked to it by a verb or a colon ("my account is 9876543210", "reference: 12345").
     */
    private static boolean introduced(Cursor cursor) {
        for (int steps = 1; steps <= 3; steps++) {
            String word = Cursor.bare(cursor.chunkBefore(steps)).toLowerCase(Locale.ROOT);
            if (INTRODUCERS.contains(word)) {
                return true;
            }
            if (!LINKS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "2025-41" → "twenty twenty-five dash forty-one"; long or zero-led parts digit by digit. */
    private static String parts(String identifier) {
        StringBuilder words = new StringBuilder();
        Matcher part = Pattern.compile("(\\d+)|([-/])").matcher(identifier);
        while (part.find()) {
            if (part.group(2) != null) {
                words.append(part.group(2).equals("/") ? " slash " : " dash ");
            } else {
                words.append(part(part.group(1)));
            }
        }
        return words.toString();
    }

    private static String part(String digits) {
        if (digits.length() >= 5 || (digits.length() > 1 && digits.startsWith("0"))) {
            return NumberWords.digits(digits);
        }
        return CardinalVerbalizer.isYear(digits) ? NumberWords.year(Integer.parseInt(digits)) : NumberWords.cardinal(digits);
    }

    /** "401" and "(k)" → "four oh one K": a three-digit section in pairs, like a year; each subsection after it. */
    private static String section(String section, String subsections) {
        StringBuilder words = new StringBuilder(section.length() == 3 ? NumberWords.year(Integer.parseInt(section))
                : NumberWords.cardinal(section));
        Matcher sub = SUBSECTION_PART.matcher(subsections);
        while (sub.find()) {
            String part = sub.group(1);
            words.append(' ').append(Character.isDigit(part.charAt(0)) ? NumberWords.cardinal(part) : Initialisms.spell(part));
        }
        return words.toString();
    }

    private static Reading reading(Matcher m, String words) {
        return new Reading(m.end(), words, Token.Kind.SERIAL);
    }
}
