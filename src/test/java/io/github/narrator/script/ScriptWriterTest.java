package io.github.narrator.script;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on an article shaped like the Kyiv Independent seed (written here, so no shared data is needed). */
class ScriptWriterTest {

    private static final Article SEED_LIKE = new Article(
            "https://kyivindependent.com/lavrov-rubio-discuss-peace/",
            "https://kyivindependent.com/lavrov-rubio-discuss-peace/",
            "Lavrov, Rubio discuss peace settlement ahead of Ukraine-Russia talks in Istanbul",
            "Lucy Pakhnyuk",
            OffsetDateTime.parse("2025-06-02T03:31:00+03:00"),
            null, "en", "The Kyiv Independent", null, null,
            List.of(
                    new Section(null, List.of(
                            "Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Marco Rubio held a phone "
                                    + "call on June 1 to discuss Russia's full-scale invasion of Ukraine and upcoming peace "
                                    + "talks scheduled for June 2 in Istanbul.",
                            "Although the peace talks were largely unsuccessful, Russia and Ukraine managed to reach an "
                                    + "agreement for the exchange of prisoners of war (POWs) on a 1,000-for-1,000 basis. "
                                    + "More than a week ago, Russia also promised to reveal its peace terms.")),
                    new Section("Strikes on airfields", List.of(
                            "Ukrainian drone strikes hit more than 40 aircraft at key airfields, damaging 34% of "
                                    + "Russia's strategic bombers, Сергей Шойгу said 🙄."))));

    private final Script script = new ScriptWriter(NarratorConfig.defaults().scriptSettings()).write(SEED_LIKE);

    @Test
    void introSaysTitleBylineDateThenTheDisclosure() {
        Script.Chapter intro = script.chapters().get(0);
        assertEquals("Introduction", intro.title());
        List<Utterance> u = intro.utterances();
        assertEquals(Utterance.Role.TITLE, u.get(0).role());
        assertEquals(SEED_LIKE.title(), u.get(0).written());
        assertEquals("By Lucy Pakhnyuk", u.get(1).written());
        assertEquals(Utterance.Role.BYLINE, u.get(1).role());
        assertEquals("Published June 2, 2025", u.get(2).written());
        assertEquals("Published June second, twenty twenty-five", u.get(2).spoken());
        assertEquals(new Utterance("This audio is created with AI assistance.", "This audio is created with A I assistance.",
                Utterance.PARAGRAPH_PAUSE_MILLIS, Utterance.Role.DISCLOSURE), u.get(3));
        assertEquals(4, u.size());
    }

    @Test
    void bodyReadsLikeANewsreader() {
        String spoken = script.spokenText();
        assertTrue(spoken.contains("on a one thousand for one thousand basis"), spoken);
        assertTrue(spoken.contains("damaging thirty-four percent of"), spoken);
        assertTrue(spoken.contains("Lahvroff and U S Secretary of State Marco Rubio"), spoken);
        assertTrue(spoken.contains("on June first to discuss"), spoken);
    }

    @Test
    void transcriptKeepsTheWrittenSentences() {
        Utterance first = script.chapters().get(1).utterances().get(0);
        assertTrue(first.written().startsWith("Russian Foreign Minister Sergey Lavrov and U.S. Secretary"), first.written());
        assertTrue(first.spoken().startsWith("Russian Foreign Minister Sergay Lahvroff and U S Secretary"), first.spoken());
    }

    @Test
    void chaptersFollowTheSectionsWithPausesAtParagraphsAndHeadings() {
        assertEquals(List.of("Introduction", SEED_LIKE.title(), "Strikes on airfields", "About this narration"),
                script.chapters().stream().map(Script.Chapter::title).toList());
        List<Utterance> article = script.chapters().get(1).utterances();
        assertEquals(3, article.size());
        assertEquals(Utterance.SECTION_PAUSE_MILLIS, article.get(0).pauseBeforeMillis());
        assertEquals(Utterance.PARAGRAPH_PAUSE_MILLIS, article.get(1).pauseBeforeMillis());
        assertEquals(0, article.get(2).pauseBeforeMillis());
        Utterance heading = script.chapters().get(2).utterances().get(0);
        assertEquals(new Utterance("Strikes on airfields", "Strikes on airfields", Utterance.SECTION_PAUSE_MILLIS,
                Utterance.Role.HEADING), heading);
    }

    @Test
    void outroNamesThePublisher() {
        List<Utterance> outro = script.chapters().get(3).utterances();
        assertEquals("This article was published by The Kyiv Independent.", outro.get(0).written());
        assertEquals(Utterance.Role.OUTRO, outro.get(0).role());
        assertEquals(NarratorConfig.defaults().get("narrator.outro.credit"), outro.get(1).written());
    }

    @Test
    void voiceGetsAsciiAndNotesSayWhatIsNotReadAsWritten() {
        for (Utterance utterance : script.utterances()) {
            assertTrue(utterance.spoken().chars().allMatch(c -> c >= 0x20 && c < 0x7F), utterance.spoken());
        }
        String strikes = script.chapters().get(2).utterances().get(1).spoken();
        assertTrue(strikes.endsWith("Sergay Shoygu said."), strikes);
        assertTrue(script.notes().contains("Not spoken (no English reading): 🙄"), script.notes().toString());
        assertTrue(script.notes().stream().anyMatch(n -> n.contains("Сергей")), script.notes().toString());
    }

    @Test
    void longArticlesAreNarratedWhole() {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(1000, "Paragraph with 2 sentences. Here is the second."));
        Article longArticle = new Article("https://example.com/a", "https://example.com/a", "Long", null, null, null,
                "en", null, null, null, List.of(new Section(null, paragraphs)));
        Script longScript = new ScriptWriter(NarratorConfig.defaults().scriptSettings()).write(longArticle);
        long bodySentences = longScript.utterances().stream().filter(u -> u.role() == Utterance.Role.BODY).count();
        assertEquals(2000, bodySentences);
        assertEquals("This article was published by example.com.", longScript.chapters().get(2).utterances().get(0).written());
        assertFalse(longScript.utterances().stream().anyMatch(u -> u.role() == Utterance.Role.BYLINE));
    }

    @Test
    void disclosureAndLexiconComeFromTheSettings(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("names.txt");
        Files.writeString(lexicon, "Rubio = Rubeeyo\n");
        ScriptSettings settings = new ScriptSettings("Voiced by a machine.", "", lexicon);
        Script custom = new ScriptWriter(settings).write(SEED_LIKE);
        assertEquals("Voiced by a machine.", custom.chapters().get(0).utterances().get(3).spoken());
        assertTrue(custom.spokenText().contains("Marco Rubeeyo"));
        assertTrue(custom.spokenText().contains("Sergey Lavrov"));
        assertEquals(1, custom.chapters().get(3).utterances().size());
    }

    @Test
    void aMissingLexiconFileIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScriptWriter(NarratorConfig.defaults().scriptSettings().withLexiconFile(missing)));
        assertTrue(error.getMessage().contains("nope.txt"), error.getMessage());
    }
}
