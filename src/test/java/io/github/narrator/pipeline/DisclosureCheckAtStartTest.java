package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.speech.Synthesizer;

/**
 * A disclosure label the voice would not say as written stops Narrator before it narrates anything; the
 * first worker's voice checks it as it loads.
 */
class DisclosureCheckAtStartTest {

    private static final Path SAMPLE = Path.of("samples", "articles", "ghost-ferry-contract.html");

    @TempDir
    Path work;

    private NarratorConfig config() {
        return NarratorConfig.load(work.resolve("none.properties")).with("narrator.out", work.resolve("out").toString());
    }

    /** Starts a pipeline as convert does and hands it one page, returning what it published. */
    private List<Path> convert(NarratorConfig config) throws Exception {
        try (NarratorRunner runner = new NarratorRunner(config, null, new PrintStream(OutputStream.nullOutputStream()), false)) {
            runner.convert(List.of(SAMPLE.toString()));
        }
        Path articles = work.resolve("out").resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (Stream<Path> narrations = Files.list(articles)) {
            return narrations.toList();
        }
    }

    @Test
    void aLabelTheVoiceWouldSpellIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> convert(config().with("narrator.disclosure.label", "Made by xkcd")));
        assertTrue(refused.getMessage().contains("\"Made by xkcd\" would not be heard as written"), refused.getMessage());
        assertFalse(Files.exists(work.resolve("out").resolve("articles")), "nothing narrated");
    }

    @Test
    void aLexiconEntryThatMakesAIAWordIsRefused() throws Exception {
        Path lexicon = Files.writeString(work.resolve("lexicon.txt"), "AI = Eye\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> convert(config().with("narrator.lexicon", lexicon.toString())));
        assertTrue(refused.getMessage().contains("AI is not spelled out"), refused.getMessage());
    }

    @Test
    void theDefaultLabelIsHeard() throws Exception {
        assertEquals(1, convert(config()).size());
    }

    @Test
    void theCheckNeedsNoVoiceOfItsOwn() {
        Stages stages = Stages.from(config().with("narrator.disclosure.label", "Made by xkcd"));
        try (Synthesizer voice = new Synthesizer(stages.voice())) {
            assertThrows(IllegalArgumentException.class, () -> stages.checkDisclosureIsHeard(voice));
        }
    }
}
