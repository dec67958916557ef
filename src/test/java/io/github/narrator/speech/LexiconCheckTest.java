package io.github.narrator.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.script.ScriptSettings;
import io.github.narrator.script.normalize.Lexicon;
import io.github.narrator.script.normalize.Normalizer;

/**
 * The project's pronunciation lexicon, and the normaliser's table of acronyms said as words, checked
 * against the voice: the build fails naming any entry that changes nothing or that the voice cannot say.
 */
class LexiconCheckTest {

    private static Pronouncer pronouncer;
    private static LexiconCheck check;

    @BeforeAll
    static void loadVoice() {
        pronouncer = new Pronouncer(NarratorConfig.defaults().voiceSettings().voiceName());
        check = new LexiconCheck(pronouncer);
    }

    @AfterAll
    static void unloadVoice() {
        pronouncer.close();
    }

    @Test
    void everyEntryOfTheProjectLexiconChangesWhatIsHeardAndCanBeSaid() {
        Lexicon lexicon = NarratorConfig.defaults().scriptSettings().lexicon();
        List<LexiconCheck.Finding> findings = check.check(lexicon);
        assertTrue(findings.isEmpty(), () -> "lexicon/en.txt entries to fix:\n"
                + String.join("\n", findings.stream().map(f -> f.problem() + " " + f.message()).toList()));
        assertTrue(lexicon.entries().size() > 40, "the lexicon was read");
    }

    @Test
    void everyAcronymSaidAsAWordCanBeSaid() throws IOException {
        Lexicon acronyms;
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                Normalizer.class.getResourceAsStream("acronyms.txt")), StandardCharsets.UTF_8)) {
            acronyms = Lexicon.parse(reader, "acronyms.txt");
        }
        Normalizer normalizer = new Normalizer();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : acronyms.entries().entrySet()) {
            String saying = normalizer.normalize(entry.getKey()).voiceText();
            assertEquals(entry.getValue(), saying, "the normaliser says " + entry.getKey() + " as listed");
            check.checkSaying(entry.getKey(), entry.getValue(), saying).ifPresent(f -> problems.add(f.message()));
        }
        assertTrue(problems.isEmpty(), () -> "acronyms.txt entries to fix:\n" + String.join("\n", problems));
    }

    @Test
    void findsEntriesThatChangeNothingOrLoseASyllable() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("Rubio = Roobeeo\nBryansk = Breeahnsk\nKyiv = Keev\nTusk = Tssk\n"), "test");
        List<LexiconCheck.Finding> findings = check.check(lexicon);
        assertEquals(List.of("Rubio NO_EFFECT", "Bryansk LOST_SYLLABLES", "Tusk UNSAYABLE"),
                findings.stream().map(f -> f.written() + " " + f.problem()).toList(), findings.toString());
        assertTrue(findings.get(0).message().contains("[r uw b iy ow]"), findings.get(0).message());
        assertTrue(findings.get(1).message().contains("[b r iy n s k]"), findings.get(1).message());
    }

    @Test
    void countsTheVowelSoundsARespellingWrites() {
        assertEquals(2, LexiconCheck.vowelSounds("Breeahnsk"));
        assertEquals(4, LexiconCheck.vowelSounds("Mareeoopol"));
        assertEquals(2, LexiconCheck.vowelSounds("Soomy"));
        assertEquals(2, LexiconCheck.vowelSounds("Sergay"));
        assertEquals(1, LexiconCheck.vowelSounds("Keeve"));
        assertEquals(2, LexiconCheck.vowelSounds("Slovyansk"));
        assertEquals(1, LexiconCheck.vowelSounds("Eye"));
    }
}
