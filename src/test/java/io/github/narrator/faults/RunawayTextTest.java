package io.github.narrator.faults;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.script.Script;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.script.Utterance;
import io.github.narrator.testing.Slow;

/**
 * Paragraphs built to make the normaliser's regular expressions run away: long runs with no space
 * that look like the start of a web address, a number, an abbreviation or a range. Each must become
 * a script (what FreeTTS can say), never a StackOverflowError or a quadratic crawl.
 */
@Slow
class RunawayTextTest {

    private static final ScriptWriter WRITER = new ScriptWriter(NarratorConfig.defaults().scriptSettings());
    private static final int RUN_LENGTH = 20_000;

    @ParameterizedTest
    @ValueSource(strings = {"1.", "a.", "U.S.", "A-1", "1-", "-", "1,", "(", "www.x", "@a", "#a", "$1", "1/",
            "12:30", "IV", "e", "\u200b", "\u0007", "\u00a0", "\ud83d\ude00"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed target
    void aLongRunOfOnePatternBecomesASayableScript(String pattern) {
        String paragraph = pattern.repeat(RUN_LENGTH / pattern.length());
        Article article = new Article("https://news.example/a", "https://news.example/a", "A headline", null, null, null,
                "en", "News Example", null, null, List.of(new Section(null, List.of(paragraph, "The end."))));

        Script script = WRITER.write(article);

        List<Utterance> utterances = script.utterances();
        assertTrue(utterances.stream().anyMatch(u -> u.written().equals("The end.")), "the text after the run is kept");
        for (Utterance utterance : utterances) {
            String spoken = utterance.spoken();
            assertFalse(spoken.isBlank());
            assertTrue(spoken.chars().allMatch(c -> c >= 0x20 && c <= 0x7E), "plain printable ASCII for the voice");
        }
    }
}
