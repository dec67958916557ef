package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.config.NarratorConfig;

/** A disclosure label the voice would not say as written stops Narrator before it narrates anything. */
class DisclosureCheckAtStartTest {

    @TempDir
    Path work;

    private NarratorConfig config() {
        return NarratorConfig.load(work.resolve("none.properties")).with("narrator.out", work.resolve("out").toString());
    }

    @Test
    void aLabelTheVoiceWouldSpellIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Stages.from(config().with("narrator.disclosure.label", "Made by xkcd")));
        assertTrue(refused.getMessage().contains("\"Made by xkcd\" would not be heard as written"), refused.getMessage());
    }

    @Test
    void aLexiconEntryThatMakesAIAWordIsRefused() throws Exception {
        Path lexicon = Files.writeString(work.resolve("lexicon.txt"), "AI = Eye\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Stages.from(config().with("narrator.lexicon", lexicon.toString())));
        assertTrue(refused.getMessage().contains("AI is not spelled out"), refused.getMessage());
    }

    @Test
    void theDefaultLabelIsHeard() {
        assertDoesNotThrow(() -> Stages.from(config()));
    }
}
