package io.github.narrator.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.script.ScriptSettings;
import io.github.narrator.script.ScriptWriter;

/**
 * The disclosure is heard as its words: the voice's own phones for the spoken label spell A I by its
 * letters' names, [ey ay], where a bare "AI" would be the word "eye", [ay]. A label the voice would
 * get wrong is refused.
 */
class DisclosureHeardTest {

    private static Pronouncer pronouncer;
    private final ScriptWriter scriptWriter = new ScriptWriter(NarratorConfig.defaults().scriptSettings());

    @BeforeAll
    static void loadVoice() {
        pronouncer = new Pronouncer(NarratorConfig.defaults().voiceSettings().voiceName());
    }

    @AfterAll
    static void unloadVoice() {
        pronouncer.close();
    }

    @Test
    void theDefaultDisclosureSpellsAI() {
        String label = NarratorConfig.defaults().get("narrator.disclosure.label");
        Pronunciation said = SpokenLabel.check(label, scriptWriter.voiceText(label), pronouncer);
        assertEquals("dh ih s aa d iy ow ih z k r iy ey t ax d w ih dh ey ay ax s ih s t ax n s", said.phones());
        assertEquals(List.of("this", "audio", "is", "created", "with", "a", "i", "assistance"), said.plainWords());
    }

    @Test
    void aBareAIWouldBeTheWordEye() {
        Pronunciation bare = pronouncer.pronounce("created with AI assistance");
        assertEquals(List.of("ay"), bare.words().get(2).phones(), bare.phones());
    }

    @Test
    void anotherLabelIsCheckedTheSameWay() {
        String label = "Narrated by an AI voice; the FBI had no part.";
        Pronunciation said = SpokenLabel.check(label, scriptWriter.voiceText(label), pronouncer);
        assertTrue(said.phones().contains("ae n ey ay v oy s"), said.phones());
        assertTrue(said.phones().contains("eh f b iy ay"), said.phones());
    }

    @Test
    void aLabelTheVoiceWouldSpellOrDropIsRefused() {
        IllegalArgumentException spelled = assertThrows(IllegalArgumentException.class,
                () -> SpokenLabel.check("Made by xkcd", "Made by xkcd", pronouncer));
        assertTrue(spelled.getMessage().contains("\"Made by xkcd\"") && spelled.getMessage().contains("[made, by, x, k, c, d]"),
                spelled.getMessage());
        IllegalArgumentException silent = assertThrows(IllegalArgumentException.class,
                () -> SpokenLabel.check("🤖", scriptWriter.voiceText("🤖"), pronouncer));
        assertTrue(silent.getMessage().contains("says nothing"), silent.getMessage());
    }

    @Test
    void anInitialismLeftForTheVoiceToSayAsAWordIsRefused() {
        // what the check guards against: a script (or a user's lexicon entry) that gives the voice "AI"
        IllegalArgumentException eye = assertThrows(IllegalArgumentException.class,
                () -> SpokenLabel.check("Created with AI assistance", "Created with AI assistance", pronouncer));
        assertTrue(eye.getMessage().contains("AI is not spelled out") && eye.getMessage().contains("ay"), eye.getMessage());
        IllegalArgumentException dotted = assertThrows(IllegalArgumentException.class,
                () -> SpokenLabel.check("Made with A.I.", "Made with ay", pronouncer));
        assertTrue(dotted.getMessage().contains("AI is not spelled out"), dotted.getMessage());
    }

    @Test
    void anAcronymTheScriptSaysAsAWordNeedsNoSpelling() {
        String label = "Made with AI for NATO readers.";
        Pronunciation said = SpokenLabel.check(label, scriptWriter.voiceText(label), pronouncer);
        assertTrue(said.phones().contains("ey ay f ao r n ey t ow"), said.phones());
    }
}
