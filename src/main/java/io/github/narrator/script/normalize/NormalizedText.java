package io.github.narrator.script.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A text and what a newsreader says for it, token by token.
 *
 * @param written the text as written
 * @param tokens  the tokens, covering the text end to end in order
 */
public record NormalizedText(String written, List<Token> tokens) {

    public NormalizedText {
        tokens = List.copyOf(tokens);
    }

    /** What is said: the tokens' spoken forms, with single spaces, no space before punctuation. */
    public String spoken() {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            String spoken = token.spoken();
            if (spoken.isEmpty()) {
                continue;
            }
            if (text.length() > 0 && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                    && Character.isLetterOrDigit(spoken.codePointAt(0))) {
                text.append(' ');
            }
            text.append(spoken);
        }
        return text.toString().replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1")
                .replaceAll("([,;:])(?:\\s*[,;:])+", "$1").replaceAll("^[\\s,;:]+", "").strip();
    }

    /**
     * What the voice is given: {@link #spoken()} in plain ASCII, accents folded ("René" → "Rene",
     * "Łódź" → "Lodz"), since the voice's letter-to-sound rules know only English letters.
     */
    public String voiceText() {
        String ascii = Transliteration.toAscii(spoken());
        return ascii.replaceAll("[^\\x20-\\x7E]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The written text that is not said at all (emoji, pictographs, unreadable scripts). */
    public List<String> unsaid() {
        List<String> unsaid = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.DROPPED) {
                unsaid.add(token.written());
            }
        }
        return unsaid;
    }

    /** The words written in another script, each with what is said for it. */
    public List<Token> transliterated() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.TRANSLITERATED).toList();
    }
}
