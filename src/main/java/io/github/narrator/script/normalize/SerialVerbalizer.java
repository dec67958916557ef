package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Codes mixing letters and digits: "COVID-19" → "COVID nineteen", "F-16" → "F sixteen",
 * "Su-34" → "S U thirty-four", "MH17" → "M H seventeen", "3D" → "three D", "F-16s" → "F sixteens".
 * Short letter groups are spelled, longer ones left for the voice to say as a word; long digit
 * groups are read digit by digit.
 */
final class SerialVerbalizer implements Verbalizer {

    private static final Pattern LETTERS_FIRST = Pattern.compile(
            "(?<letters>\\p{L}{1,8})(?<hyphen>-)?\\d+(?:-?[\\p{L}\\d]+)*(?![\\p{L}\\p{N}])");
    private static final Pattern DIGITS_FIRST = Pattern.compile("\\d+\\p{L}{1,3}\\d*(?![\\p{L}\\p{N}])");
    private static final Pattern PART = Pattern.compile("\\p{L}+|\\d+");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(LETTERS_FIRST);
        if (m != null) {
            String letters = m.group("letters");
            boolean ordinaryWord = letters.length() > 2 && letters.equals(letters.toLowerCase(Locale.ROOT));
            if (m.group("hyphen") != null && ordinaryWord) {
                return null;
            }
        } else {
            m = cursor.match(DIGITS_FIRST);
        }
        if (m == null) {
            return null;
        }
        return new Reading(m.end(), read(m.group()), Token.Kind.SERIAL);
    }

    static String read(String code) {
        StringBuilder words = new StringBuilder();
        Matcher part = PART.matcher(code);
        String previous = "";
        while (part.find()) {
            String p = part.group();
            String said;
            if (Character.isDigit(p.charAt(0))) {
                said = p.length() >= 5 || p.startsWith("0") ? NumberWords.digits(p) : NumberWords.cardinal(p);
            } else if (p.equals("s") && !previous.isEmpty() && Character.isDigit(previous.charAt(0))) {
                int space = words.lastIndexOf(" ");
                String last = words.substring(space + 1);
                words.setLength(space + 1);
                words.append(NumberWords.plural(last));
                previous = p;
                continue;
            } else {
                said = spellOrSay(p);
            }
            words.append(words.length() > 0 ? " " : "").append(said);
            previous = p;
        }
        return words.toString();
    }

    /** Short or vowel-less letter groups are spelled ("MH", "Su"); others are words ("COVID", "neo"). */
    static String spellOrSay(String letters) {
        boolean shouted = letters.equals(letters.toUpperCase(Locale.ROOT));
        boolean spell = letters.length() <= 2 || (letters.length() == 3 && shouted)
                || !letters.toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
        return spell ? String.join(" ", letters.toUpperCase(Locale.ROOT).split("")) : letters;
    }
}
