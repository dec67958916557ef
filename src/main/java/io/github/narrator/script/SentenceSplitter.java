package io.github.narrator.script;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences with ICU's sentence rules, then undoes the breaks news copy
 * fools them into: after a title or abbreviation that never ends a sentence ("Gen.", "Dr.", "No. 5",
 * "Feb. 24"), after dotted initialisms ("U.S. Secretary") and initials ("C. S. Lewis"), and inside a
 * quotation (a sentence whose quotation marks do not balance is joined to the next).
 */
final class SentenceSplitter {

    /** Abbreviations followed by a name, a number or a date, never by the end of a sentence. */
    private static final Set<String> NEVER_LAST = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Brig.",
            "Sgt.", "Cpl.", "Pvt.", "Gov.", "Sen.", "Rep.", "Pres.", "Amb.", "Rev.", "Fr.", "Hon.", "Det.", "Insp.",
            "Supt.", "St.", "Mt.", "Ft.", "No.", "Nos.", "no.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
            "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "vs.", "v.", "e.g.", "i.e.", "approx.", "c.", "ca.", "Vol.", "p.", "pp.");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern CLOCK = Pattern.compile("(?i:[ap]\\.m\\.)");
    /**
     * What continues a phrase after "p.m.": a time zone ("EDT", "GMT+2", "ET"), a number, or a word
     * in lower case ("3 p.m. on Tuesday").
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\s*[(\"'“‘]?(?:(?:[A-Z]{1,4}T|UTC|GMT|MSK)(?:[+−-]\\d{1,2})?(?![\\p{L}\\p{N}])|\\d|\\p{Ll})");

    /** The paragraph's sentences, trimmed, in order; none is empty. */
    public List<String> split(String paragraph) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        breaks.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        StringBuilder pending = new StringBuilder();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pending.append(paragraph, start, end);
            boolean last = end == paragraph.length();
            if (last || (!endsWithAbbreviation(pending) && !clockContinues(pending, paragraph, end) && quotesBalanced(pending))) {
                String sentence = pending.toString().strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
                pending.setLength(0);
            }
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(CharSequence text) {
        String trimmed = text.toString().stripTrailing();
        String lastWord = trimmed.substring(trimmed.lastIndexOf(' ') + 1).replaceFirst("^[\"'“‘(\\[]+", "");
        if (NEVER_LAST.contains(lastWord) || INITIAL.matcher(lastWord).matches()) {
            return true;
        }
        return INITIALISM.matcher(lastWord).matches() && !CLOCK.matcher(lastWord).matches();
    }

    /** Whether the text ends with "a.m." or "p.m." and what follows carries the phrase on ("3:30 p.m. EDT on Tuesday"). */
    private static boolean clockContinues(CharSequence text, String paragraph, int end) {
        String trimmed = text.toString().stripTrailing();
        String lastWord = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        return CLOCK.matcher(lastWord).matches()
                && CONTINUATION.matcher(paragraph).region(end, paragraph.length()).lookingAt();
    }

    /** Whether every quotation opened in the text is closed: curly quotes pair up, straight ones come in twos. */
    private static boolean quotesBalanced(CharSequence text) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open++;
            } else if ((c == '”' || c == '»') && open > 0) {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == 0 && straight % 2 == 0;
    }
}
