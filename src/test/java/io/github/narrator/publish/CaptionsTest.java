package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.narrator.speech.Timeline;

class CaptionsTest {

    private static final String LONG = "The council said on Tuesday that the cooling centres, which opened in libraries, "
            + "community halls and two swimming pools across the city, would stay open until the end of the heatwave, "
            + "and that buses to them would be free for anyone over sixty-five or travelling with a child under five.";

    @Test
    void aShortSentenceIsOneCueOnOneLine() {
        List<Captions.Caption> captions = Captions.of(List.of(new Timeline.Cue("It was hot.", "It was hot.", 1_000, 2_200)));
        assertEquals(List.of(new Captions.Caption(1_000, 2_200, List.of("It was hot."))), captions);
    }

    @Test
    void aLongSentenceIsCutBetweenWordsIntoCuesOfTwoShortLinesAndAboutSevenSeconds() {
        List<Captions.Caption> captions = Captions.of(List.of(new Timeline.Cue(LONG, LONG, 10_000, 27_000)));

        assertTrue(captions.size() >= 4, "270 characters over 17 s need at least 4 cues: " + captions);
        StringBuilder words = new StringBuilder();
        long previousEnd = 10_000;
        for (Captions.Caption caption : captions) {
            assertTrue(caption.lines().size() <= 2, caption.toString());
            caption.lines().forEach(line -> assertTrue(line.length() <= 42, line));
            assertTrue(caption.endMillis() - caption.startMillis() <= 7_500, caption.toString());
            assertEquals(previousEnd, caption.startMillis(), "cues follow each other without gap or overlap");
            previousEnd = caption.endMillis();
            words.append(words.length() == 0 ? "" : " ").append(String.join(" ", caption.lines()));
        }
        assertEquals(27_000, previousEnd);
        assertEquals(LONG, words.toString(), "every word, in order, none cut");
        int shortest = captions.stream().mapToInt(c -> String.join(" ", c.lines()).length()).min().orElseThrow();
        int longest = captions.stream().mapToInt(c -> String.join(" ", c.lines()).length()).max().orElseThrow();
        assertTrue(longest - shortest < 25, "cues of even length, no stray word: " + captions);
    }

    @Test
    void aSlowSentenceIsCutByTimeEvenWhenItsTextIsShort() {
        String text = "Wait for it, wait for it, wait for it, now.";
        List<Captions.Caption> captions = Captions.of(List.of(new Timeline.Cue(text, text, 0, 20_000)));
        assertTrue(captions.size() >= 3, captions.toString());
        captions.forEach(c -> assertTrue(c.endMillis() - c.startMillis() <= 7_500, c.toString()));
    }

    @Test
    void aWordLongerThanALineStaysWhole() {
        String url = "https://news.example/2025/07/14/a-very-long-address-that-nobody-can-break-nicely";
        List<Captions.Caption> captions = Captions.of(List.of(new Timeline.Cue("See " + url + " now.", "", 0, 4_000)));
        assertTrue(captions.stream().anyMatch(c -> c.lines().contains(url)), captions.toString());
    }

    @Test
    void twoLinesAreBalanced() {
        assertEquals(List.of("the cooling centres, which opened", "in libraries and community halls"),
                Captions.lines("the cooling centres, which opened in libraries and community halls"));
    }
}
