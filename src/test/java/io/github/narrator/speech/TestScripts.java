package io.github.narrator.speech;

import java.util.ArrayList;
import java.util.List;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.script.Utterance.Role;

/** Small scripts shaped like the script stage's output: an intro chapter, then sections. */
public final class TestScripts {

    private TestScripts() {
    }

    /** Two chapters, seven sentences, pauses of 0, 500 and 1000 ms. */
    public static Script shortArticle() {
        return new Script(List.of(
                new Script.Chapter("Harbour bridge reopens after repairs", List.of(
                        spoken("Harbour bridge reopens after repairs.", 0, Role.TITLE),
                        spoken("By Jane Doe.", Utterance.PARAGRAPH_PAUSE_MILLIS, Role.BYLINE),
                        spoken("This audio is created with AI assistance.", Utterance.PARAGRAPH_PAUSE_MILLIS,
                                Role.DISCLOSURE))),
                new Script.Chapter("What changed", List.of(
                        spoken("What changed.", Utterance.SECTION_PAUSE_MILLIS, Role.HEADING),
                        spoken("The bridge was closed for six weeks while engineers replaced its cables.",
                                Utterance.PARAGRAPH_PAUSE_MILLIS, Role.BODY),
                        spoken("Traffic returned on Monday morning.", 0, Role.BODY),
                        spoken("The city thanked residents for their patience.", Utterance.PARAGRAPH_PAUSE_MILLIS,
                                Role.BODY)))),
                List.of());
    }

    /** One chapter of {@code sentences} body sentences of ten words each, a paragraph every five. */
    public static Script bodyOfSentences(int sentences) {
        List<Utterance> utterances = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            String sentence = "Officials said the new timetable would help commuters travel more easily.";
            utterances.add(spoken(sentence, i % 5 == 0 ? Utterance.PARAGRAPH_PAUSE_MILLIS : 0, Role.BODY));
        }
        return new Script(List.of(new Script.Chapter("Body", utterances)), List.of());
    }

    public static int words(Script script) {
        int words = 0;
        for (Utterance utterance : script.utterances()) {
            words += utterance.spoken().strip().split("\\s+").length;
        }
        return words;
    }

    public static long pauseMillis(Script script) {
        return script.utterances().stream().mapToLong(Utterance::pauseBeforeMillis).sum();
    }

    private static Utterance spoken(String text, int pauseBeforeMillis, Role role) {
        return new Utterance(text, text, pauseBeforeMillis, role);
    }
}
