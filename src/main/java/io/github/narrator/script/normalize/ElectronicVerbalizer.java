package io.github.narrator.script.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Web addresses, e-mail addresses, handles and hashtags: "https://www.kyivindependent.com" →
 * "H T T P S colon slash slash W W W dot kyivindependent dot com", "abc@abc.com" → "abc at abc dot com",
 * "@ZelenskyyUa" → "at ZelenskyyUa", "@BBC1" → "at B B C one", "#StandWithUkraine" → "hash tag Stand With Ukraine". Digits are read one by one,
 * two-letter country domains and vowel-less labels are spelled.
 */
final class ElectronicVerbalizer implements Verbalizer {

    private static final String TOP_LEVEL_DOMAINS = "com|org|net|gov|edu|mil|int|info|io|ai|co|news|tv|me|eu|uk|ua"
            + "|ru|de|pl|fr|it|es|nl|be|ch|at|se|no|fi|dk|cz|sk|lt|lv|ee|ro|hu|bg|gr|tr|ca|us|au|nz|jp|cn|kr|il|by|md|ge";
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\p{L}\\p{N}])");
    private static final Pattern URL = Pattern.compile(
            "(?:(?i:https?|ftp)://|www\\.)[^\\s<>\"“”]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)*\\.(?i:" + TOP_LEVEL_DOMAINS + ")(?![\\p{L}\\p{N}])"
                    + "(?:/[^\\s<>\"“”]*)?");
    private static final Pattern HANDLE = Pattern.compile("@(?<name>[A-Za-z0-9_]{2,})(?![\\p{L}\\p{N}])");
    private static final Pattern HASHTAG = Pattern.compile("#(?<tag>\\p{L}[\\p{L}\\p{Nd}_]*)");
    private static final Pattern PIECE = Pattern.compile("(?i:https?|ftp)(?=://)|://|\\p{L}+|\\d+|.");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("://", "colon slash slash"), Map.entry(".", "dot"), Map.entry("/", "slash"),
            Map.entry("-", "dash"), Map.entry("_", "underscore"), Map.entry("@", "at"), Map.entry(":", "colon"),
            Map.entry("?", "question mark"), Map.entry("=", "equals"), Map.entry("&", "and"), Map.entry("#", "hash"),
            Map.entry("%", "percent"), Map.entry("~", "tilde"), Map.entry("+", "plus"));

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher m = cursor.match(EMAIL);
        if (m == null) {
            m = cursor.match(URL);
        }
        if (m == null) {
            m = cursor.match(DOMAIN);
        }
        if (m != null) {
            int end = withoutTrailingPunctuation(cursor.text(), cursor.position(), m.end());
            return new Reading(end, spell(cursor.text().substring(cursor.position(), end)), Token.Kind.ELECTRONIC);
        }
        m = cursor.match(HANDLE);
        if (m != null) {
            return new Reading(m.end(), "at " + spell(m.group("name")), Token.Kind.ELECTRONIC);
        }
        m = cursor.match(HASHTAG);
        if (m != null) {
            return new Reading(m.end(), "hash tag " + hashtagWords(m.group("tag")), Token.Kind.ELECTRONIC);
        }
        return null;
    }

    /** "StandWithUkraine" → "Stand With Ukraine"; a word with digits is read run by run ("COP28" → "C O P twenty-eight"). */
    private static String hashtagWords(String tag) {
        StringBuilder words = new StringBuilder();
        for (String word : tag.replace('_', ' ').replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").split(" ")) {
            String ascii = WordReader.asciiDigits(word);
            String said = ascii.chars().anyMatch(Character::isDigit) ? SerialVerbalizer.read(Transliteration.toLatin(ascii)) : word;
            if (!said.isBlank()) {
                words.append(words.length() > 0 ? " " : "").append(said);
            }
        }
        return words.toString();
    }

    /** A sentence's full stop, comma or closing bracket after an address is not part of it. */
    private static int withoutTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'’\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Reads an address piece by piece. */
    static String spell(String address) {
        StringBuilder words = new StringBuilder();
        Matcher piece = PIECE.matcher(address);
        int topLevelDomain = topLevelDomainStart(address);
        while (piece.find()) {
            String p = piece.group();
            String said;
            if (Character.isDigit(p.charAt(0))) {
                said = NumberWords.digits(p);
            } else if (Character.isLetter(p.charAt(0))) {
                boolean countryDomain = piece.start() == topLevelDomain && p.length() == 2;
                said = label(p, countryDomain);
            } else {
                said = SYMBOLS.getOrDefault(p, "");
            }
            if (!said.isEmpty()) {
                words.append(words.length() > 0 ? " " : "").append(said);
            }
        }
        return words.toString();
    }

    private static String label(String letters, boolean countryDomain) {
        String lower = letters.toLowerCase();
        if (countryDomain || lower.equals("www") || lower.startsWith("http") || lower.equals("ftp") || !lower.matches(".*[aeiouy].*")) {
            return String.join(" ", letters.toUpperCase().split(""));
        }
        return letters;
    }

    /** Where the top-level domain of the address's host starts ("com" in "a@b.com"), or -1. */
    private static int topLevelDomainStart(String address) {
        int hostStart = address.indexOf("://") >= 0 ? address.indexOf("://") + 3 : 0;
        int at = address.indexOf('@', hostStart);
        if (at >= 0) {
            hostStart = at + 1;
        }
        int slash = address.indexOf('/', hostStart);
        int hostEnd = slash >= 0 ? slash : address.length();
        int dot = address.lastIndexOf('.', hostEnd - 1);
        return dot >= hostStart ? dot + 1 : -1;
    }
}
