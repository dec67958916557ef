package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCorpusTest {

    private static PageAnalysis page(String... texts) {
        List<TextBlock> blocks = new java.util.ArrayList<>();
        for (String text : texts) {
            blocks.add(TextBlock.paragraph(text, blocks.size()));
        }
        return new PageAnalysis("u", null, null, 0, 0, blocks, new float[texts.length][BlockFeatures.COUNT],
                new int[texts.length], new int[texts.length], false, null);
    }

    @Test
    void sitesGroupByHostWhateverTheArchiveOrTheWww() {
        assertEquals("example.com", TrainingCorpus.group("https://www.example.com/a/b", "x"));
        assertEquals("example.com", TrainingCorpus.group(
                "https://web.archive.org/web/20190101000000/https://www.example.com/a", "x"));
        assertEquals("page:x", TrainingCorpus.group("", "x"));
    }

    @Test
    void aNewsBlockIsTextWhenMostOfItIsInTheGroundTruth() {
        String truth = "The council voted on Tuesday to spend money on water mains.\nBy the river.";
        float[] labels = TrainingCorpus.newsLabels(page("The council voted on Tuesday to spend money.",
                "Sign up for our newsletter today please", "By the river", "Home"), truth);
        assertArrayEquals(new float[] {1, 0, 1, 0}, labels);
    }

    @Test
    void snippetsLabelTheBlocksTheyFallInAndLeaveTheRest() {
        float[] labels = TrainingCorpus.snippetLabels(
                page("Intro paragraph of the story.", "Second paragraph.", "Share this", "Other text", "Both here and Share it"),
                List.of("paragraph of the story. Second", "Both here"), List.of("Share"));
        // the first "with" spans two blocks; the last block holds a "with" and a "without": no label
        assertArrayEquals(new float[] {1, 1, 0, Float.NaN, Float.NaN}, labels);
    }
}
