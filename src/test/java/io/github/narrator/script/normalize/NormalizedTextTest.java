package io.github.narrator.script.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token-level result: written spans kept for the transcript, spoken forms for the voice. */
class NormalizedTextTest {

    private final Normalizer normalizer = new Normalizer();

    @Test
    void tokensCoverTheWrittenTextEndToEnd() {
        String written = "On Feb. 24, 2022, U.S. officials said 34% of $1.2 billion was spent.";
        NormalizedText text = normalizer.normalize(written);
        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (Token token : text.tokens()) {
            assertEquals(expectedStart, token.start());
            assertEquals(written.substring(token.start(), token.end()), token.written());
            joined.append(token.written());
            expectedStart = token.end();
        }
        assertEquals(written, joined.toString());
    }

    @Test
    void eachTokenSaysWhatItsWrittenSpanMeans() {
        List<Token> tokens = normalizer.normalize("Costs rose 34% to $1.2 billion on June 2.").tokens();
        assertTrue(tokens.contains(new Token(11, 14, "34%", "thirty-four percent", Token.Kind.MEASURE)));
        assertTrue(tokens.contains(new Token(18, 30, "$1.2 billion", "one point two billion dollars", Token.Kind.MONEY)));
        assertTrue(tokens.contains(new Token(34, 40, "June 2", "June second", Token.Kind.DATE)));
    }

    @Test
    void voiceTextIsPlainAscii() {
        NormalizedText text = normalizer.normalize("René met Rafał in Łódź — “quietly”.");
        assertEquals("René met Rafał in Łódź, \"quietly\".", text.spoken());
        assertEquals("Rene met Rafal in Lodz, \"quietly\".", text.voiceText());
    }

    @Test
    void otherScriptsAreTransliteratedAndReported() {
        NormalizedText text = normalizer.normalize("Лавров said");
        assertEquals("Lavrov said", text.voiceText());
        assertEquals(List.of(new Token(0, 6, "Лавров", "Lavrov", Token.Kind.TRANSLITERATED)), text.transliterated());
    }

    @Test
    void emojiAreDroppedAndReportedNeverSpelled() {
        NormalizedText text = normalizer.normalize("Great news 🎉🇺🇦 today ✅");
        assertEquals("Great news today", text.voiceText());
        assertEquals(List.of("🎉🇺🇦", "✅"), text.unsaid());
    }

    @Test
    void nullTextIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> normalizer.normalize(null));
        assertTrue(error.getMessage().contains("null"));
    }
}
