package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockModelTest {

    /** Keeps a block of more than e^4 characters, in one stage, and in a second that doubts lone blocks. */
    private static BlockModel model() {
        int chars = BlockFeatures.Feature.LOG_CHARS.ordinal();
        BlockModel.Tree first = new BlockModel.Tree(new int[] {chars, -1, -1}, new float[] {4, 0, 0},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new float[] {0, -2, 2});
        int previous = BlockFeatures.COUNT + ContextFeatures.Feature.PREV_P.ordinal();
        BlockModel.Tree second = new BlockModel.Tree(new int[] {previous, -1, -1}, new float[] {0.5f, 0, 0},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new float[] {0, -1.5f, 1.5f});
        return new BlockModel(new BlockModel.Ensemble(0.25, List.of(first)), new BlockModel.Ensemble(0, List.of(second)),
                0.5, 0.35, List.of("a test model"));
    }

    private static BlockModel roundTrip(BlockModel model) throws IOException {
        StringWriter text = new StringWriter();
        model.write(text);
        return BlockModel.read(new BufferedReader(new StringReader(text.toString())));
    }

    @Test
    void aModelReadsBackAsWritten() throws IOException {
        BlockModel model = model();
        BlockModel copy = roundTrip(model);
        assertEquals(0.5, copy.threshold());
        assertEquals(0.35, copy.rescue());
        float[][] rows = new float[3][BlockFeatures.COUNT];
        rows[0][BlockFeatures.Feature.LOG_CHARS.ordinal()] = 5;
        rows[1][BlockFeatures.Feature.LOG_CHARS.ordinal()] = 3;
        rows[2][BlockFeatures.Feature.LOG_CHARS.ordinal()] = 6;
        double[] firstStage = copy.firstStage(rows);
        assertEquals(1 / (1 + Math.exp(-2.25)), firstStage[0], 1e-9);
        assertEquals(1 / (1 + Math.exp(1.75)), firstStage[1], 1e-9);
        assertEquals(List.of(firstStage[0], firstStage[1], firstStage[2]),
                List.of(model.firstStage(rows)[0], model.firstStage(rows)[1], model.firstStage(rows)[2]));
    }

    @Test
    void theSecondStageReadsWhatTheFirstMadeOfTheNeighbours() {
        float[][] rows = new float[2][BlockFeatures.COUNT];
        rows[0][BlockFeatures.Feature.LOG_CHARS.ordinal()] = 5;
        rows[1][BlockFeatures.Feature.LOG_CHARS.ordinal()] = 5;
        TextBlock block = TextBlock.paragraph("text", 0);
        PageAnalysis page = new PageAnalysis("u", null, null, 0, 0, List.of(block, TextBlock.paragraph("more", 1)), rows,
                new int[] {0, 0}, new int[] {0, 0}, false, null);
        double[] p = model().probabilities(page);
        assertTrue(p[0] < 0.5, "no kept block before the first: " + p[0]);
        assertTrue(p[1] > 0.5, "a kept block before the second: " + p[1]);
        assertEquals(0, model().probabilities(page, new boolean[] {true, false})[1], "not asked for");
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsRefused() throws IOException {
        StringWriter text = new StringWriter();
        model().write(text);
        String stale = text.toString().replace(" LOG_WORDS ", " WORDS ");
        IOException refused = assertThrows(IOException.class,
                () -> BlockModel.read(new BufferedReader(new StringReader(stale))));
        assertTrue(refused.getMessage().contains("retrain it"), refused.getMessage());
        IOException malformed = assertThrows(IOException.class, () -> BlockModel.read(new BufferedReader(
                new StringReader(text.toString().replace("tree 0 4 L -2 L 2", "tree 0 4 L -2")))));
        assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
    }

    @Test
    void theShippedModelLoadsAndSaysHowItWasMeasured() throws IOException {
        StringWriter text = new StringWriter();
        BlockModel.standard().write(text);
        assertTrue(text.toString().contains("site-grouped 5-fold cross-validation: news f1="), text.toString().lines().limit(4).toList().toString());
    }
}
