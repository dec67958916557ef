package io.github.narrator.script.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an amount describes the noun after it, so its unit or currency is said in the singular,
 * as an adjective: "a 155 mm shell" → "millimeter shell", "7.62 mm rounds", "a $61 billion aid
 * package", "fund $12.4M plant upgrade" → "twelve point four million dollar plant upgrade".
 *
 * <p>The word after must be a lower-case word that is not a function word, a verb or an adverb of
 * the kinds that follow amounts ("raised $5 million last year", "20 mm fell", "5 km north"). After
 * an article or possessive ("a", "its") that is enough; otherwise the word must look like a plural
 * noun ("rounds") or start a noun phrase of two such words ("plant upgrade").
 */
final class NounAfter {

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "that", "each", "every", "another", "your", "my");
    /** Words that follow an amount without it describing them. */
    private static final Set<String> NOT_NOUNS = Tables.words("not-nouns.txt");

    private NounAfter() {
    }

    /** Whether the amount written before {@code end} describes the word after it. */
    static boolean follows(Cursor cursor, int end) {
        String text = cursor.text();
        if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        String next = cursor.chunkAfter(end);
        if (DETERMINERS.contains(cursor.wordBefore().toLowerCase(Locale.ROOT))) {
            return isNounLike(next, true);
        }
        if (!isNounLike(next, false)) {
            return false;
        }
        int afterNext = text.indexOf(next, end) + next.length();
        return looksPlural(Cursor.bare(next)) || (next.equals(Cursor.bare(next)) && isNounLike(cursor.chunkAfter(afterNext), false));
    }

    /** Whether the chunk of text is a word an amount could describe ("people" in "100 people"; not "now", "if", "."). */
    static boolean isNounLike(String chunk) {
        return isNounLike(chunk, true);
    }

    /**
     * A lower-case word (hyphens allowed, punctuation may follow) that is not a function word, an
     * adverb in -ly, a past tense in -ed or, unless {@code gerundAllowed} ("a $5 million funding
     * round"), a word in -ing ("spent $5 million buying").
     */
    private static boolean isNounLike(String chunk, boolean gerundAllowed) {
        String word = Cursor.bare(chunk);
        return !word.isEmpty() && chunk.startsWith(word) && word.matches("\\p{Ll}[\\p{Ll}-]*")
                && !NOT_NOUNS.contains(word) && !word.endsWith("ly") && !word.matches(".*[^e]ed")
                && (gerundAllowed || !word.endsWith("ing"));
    }

    private static boolean looksPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }
}
