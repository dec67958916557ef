package io.github.narrator.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a text from its script and, for Latin script, from its most common
 * function words, then weighs that against what the page declares: pages often declare wrongly
 * (a template's {@code lang="de"} on English news), so a clear text reading wins.
 */
final class LanguageDetector {

    /** Enough characters to tell a language; reading more only costs time. */
    private static final int SAMPLE = 3000;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                    "he", "she", "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "they",
                    "which", "were", "his", "her", "their", "has", "been", "would", "will", "who", "said", "its",
                    "than", "about", "after", "into", "also", "we", "you", "an", "there", "what", "when", "can"),
            "de", Set.of("der", "die", "und", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
                    "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "werden", "aus", "er", "hat", "dass",
                    "sie", "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "einem", "über",
                    "zum", "war", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "ich"),
            "fr", Set.of("le", "la", "les", "des", "du", "et", "un", "une", "est", "que", "qui", "dans", "pour",
                    "pas", "sur", "au", "avec", "il", "elle", "ce", "par", "plus", "sont", "ont", "se", "ne", "son",
                    "sa", "mais", "aux", "été", "cette", "comme", "ou", "leur", "nous", "vous", "je", "était"),
            "es", Set.of("el", "los", "las", "del", "y", "en", "un", "una", "que", "es", "por", "con", "para", "se",
                    "no", "al", "lo", "su", "sus", "como", "más", "pero", "fue", "ha", "este", "esta", "son",
                    "entre", "también", "muy", "sin", "sobre", "ya", "hay", "desde", "yo", "le"),
            "pt", Set.of("o", "os", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas", "um", "uma",
                    "que", "é", "para", "com", "por", "não", "se", "ao", "mais", "como", "mas", "foi", "são", "seu",
                    "sua", "ele", "ela", "também", "já", "pelo", "pela", "isso", "você", "está"),
            "it", Set.of("il", "lo", "gli", "le", "di", "del", "della", "dei", "delle", "e", "è", "un", "una",
                    "che", "per", "con", "non", "si", "da", "al", "alla", "sono", "come", "più", "ma", "anche",
                    "questo", "questa", "nel", "nella", "ha", "essere", "stato", "sua", "suo", "ci"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet",
                    "aan", "er", "ook", "als", "bij", "door", "maar", "om", "naar", "uit", "wordt", "nog",
                    "worden", "heeft", "dit", "die", "deze", "hij", "ze", "we", "ik"),
            "sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har",
                    "de", "inte", "om", "ett", "han", "hon", "men", "var", "jag", "sig", "från", "vi", "så"),
            "pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "co",
                    "tak", "za", "od", "przez", "ale", "jego", "już", "oraz", "być", "przy", "który", "dla"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "olan", "gibi",
                    "ama", "en", "ne", "sonra", "kadar", "var", "değil", "her", "ise", "ya", "mi", "o"));

    private LanguageDetector() {
    }

    /**
     * The language of the page: the text's when it is clear, else the declared one, else "en".
     * A declared tag whose primary language the text confirms is kept whole ("en-GB").
     */
    static String resolve(@Nullable String declared, String text) {
        String declaredTag = normalise(declared);
        String detected = detect(text);
        if (detected == null) {
            return declaredTag != null ? declaredTag : "en";
        }
        if (declaredTag != null && primary(declaredTag).equals(detected)) {
            return declaredTag;
        }
        return detected;
    }

    /** The text's language (primary subtag), or null when the text is too short or unclear. */
    static @Nullable String detect(String text) {
        int end = Math.min(text.length(), SAMPLE);
        int latin = 0;
        int letters = 0;
        int[] scripts = new int[Script.values().length];
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Script script = Script.of(c);
            if (script == null) {
                latin++;
            } else {
                scripts[script.ordinal()]++;
            }
        }
        if (letters < 40) {
            return null;
        }
        Script top = null;
        for (Script script : Script.values()) {
            if (top == null || scripts[script.ordinal()] > scripts[top.ordinal()]) {
                top = script;
            }
        }
        if (top != null && scripts[top.ordinal()] > latin) {
            return top.language(text.substring(0, end), scripts);
        }
        return latinLanguage(text.substring(0, end));
    }

    /** The language most of the text's function words belong to; null when there are too few or no clear lead. */
    private static @Nullable String latinLanguage(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int total = 0;
        Map<String, int[]> hits = new java.util.HashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            total++;
            for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.computeIfAbsent(language.getKey(), k -> new int[1])[0]++;
                }
            }
        }
        if (total < 15) {
            return null;
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, int[]> entry : hits.entrySet()) {
            int count = entry.getValue()[0];
            if (count > bestHits) {
                second = bestHits;
                bestHits = count;
                best = entry.getKey();
            } else if (count > second) {
                second = count;
            }
        }
        // function words make up a quarter or more of running text; demand a clear lead
        if (best == null || bestHits < 0.12 * total || bestHits < 1.3 * second) {
            return null;
        }
        return best;
    }

    static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /** "en_us" → "en-US"; null for a null, empty or unusable tag. */
    static @Nullable String normalise(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        String[] parts = tag.strip().split("[-_]");
        if (parts.length == 0 || !parts[0].matches("[A-Za-z]{2,3}")) {
            return null;
        }
        StringBuilder normal = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        if (parts.length > 1 && parts[1].matches("[A-Za-z]{2}|\\d{3}")) {
            normal.append('-').append(parts[1].toUpperCase(Locale.ROOT));
        }
        return normal.toString();
    }

    /** Scripts other than Latin and the language each most likely means. */
    private enum Script {
        CYRILLIC, GREEK, ARABIC, HEBREW, HAN, KANA, HANGUL, DEVANAGARI, THAI;

        /** The script of the character; null for Latin, common and other scripts not listed here. */
        static @Nullable Script of(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return switch (script) {
                case CYRILLIC -> CYRILLIC;
                case GREEK -> GREEK;
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                case HAN -> HAN;
                case HIRAGANA, KATAKANA -> KANA;
                case HANGUL -> HANGUL;
                case DEVANAGARI -> DEVANAGARI;
                case THAI -> THAI;
                default -> null;
            };
        }

        String language(String text, int[] counts) {
            return switch (this) {
                case CYRILLIC -> ukrainian(text) ? "uk" : "ru";
                case GREEK -> "el";
                case ARABIC -> "ar";
                case HEBREW -> "he";
                case HAN, KANA -> counts[KANA.ordinal()] > 0 ? "ja" : "zh";
                case HANGUL -> "ko";
                case DEVANAGARI -> "hi";
                case THAI -> "th";
            };
        }

        /** Letters Ukrainian uses and Russian does not. */
        private static boolean ukrainian(String text) {
            int marks = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    marks++;
                }
            }
            return marks >= 3;
        }
    }
}
