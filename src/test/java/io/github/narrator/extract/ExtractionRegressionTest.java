package io.github.narrator.extract;

import io.github.narrator.testing.Prerequisites;
import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the extractor on the shared benchmark's dev split with the shared scorer and fails when
 * it falls below the figures reached (raise the floors as the extractor improves, never lower them
 * to make a change pass). Skipped where {@code ../shared} or python3 is missing.
 */
class ExtractionRegressionTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Path DEV = SHARED.resolve("data/extraction/dev");
    private static final Path SCORER = SHARED.resolve("tools/extraction_score.py");

    /** Reached on the dev split: f1=0.9861 precision=0.9887 recall=0.9835, no page below 0.5. */
    private static final double F1_FLOOR = 0.986;
    private static final double PRECISION_FLOOR = 0.988;
    private static final double RECALL_FLOOR = 0.983;

    @Test
    void devSplitScoresAtLeastTheFloor(@TempDir Path out) throws Exception {
        Prerequisites.shared("data/extraction/dev/html");
        Prerequisites.shared("tools/extraction_score.py");
        Prerequisites.tool("python3", "--version");

        ExtractionBenchmark.Result result = new ExtractionBenchmark(new ArticleExtractor(NarratorConfig.defaults().extractorSettings().forBenchmark())).run(DEV.resolve("html"), out, 0);
        assertEquals(122, result.pages());
        assertEquals(List.of(), result.refusals(), "every dev page is an article");

        Map<String, String> score = score(out);
        double f1 = Double.parseDouble(score.get("f1"));
        double precision = Double.parseDouble(score.get("precision"));
        double recall = Double.parseDouble(score.get("recall"));
        String summary = score.toString();
        assertTrue(f1 >= F1_FLOOR, "f1 fell below " + F1_FLOOR + ": " + summary);
        assertTrue(precision >= PRECISION_FLOOR, "precision fell below " + PRECISION_FLOOR + ": " + summary);
        assertTrue(recall >= RECALL_FLOOR, "recall fell below " + RECALL_FLOOR + ": " + summary);
        assertEquals("0", score.get("low_f1_pages"), "pages scoring below 0.5: " + summary);
        assertEquals("0", score.get("missing"), summary);
    }

    /** The scorer's machine-readable last line as key to value. */
    private static Map<String, String> score(Path predictions) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String pair : ExtractionBenchmark.score(SCORER, DEV.resolve("ground-truth.json"), predictions).split("\\s+")) {
            String[] keyValue = pair.split("=", 2);
            values.put(keyValue[0], keyValue.length == 2 ? keyValue[1] : "");
        }
        return values;
    }
}
