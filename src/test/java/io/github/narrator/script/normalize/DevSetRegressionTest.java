package io.github.narrator.script.normalize;

import io.github.narrator.testing.Prerequisites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normaliser on the shared development set, scored by the shared scorer (lenient mode): fails
 * when accuracy drops below what was reached, overall or in any category. Skipped where
 * {@code ../shared} (not part of a user's clone) or python3 is missing.
 */
class DevSetRegressionTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Path DEV = SHARED.resolve("data/normalization/dev.tsv");
    private static final Path SCORER = SHARED.resolve("tools/normalization_score.py");

    /** Accuracy reached on dev.tsv; raise these when the normaliser improves, never lower them. */
    private static final double OVERALL_FLOOR = 0.980;
    private static final Map<String, Double> CATEGORY_FLOORS = Map.ofEntries(
            Map.entry("abbreviation", 1.000), Map.entry("address", 1.000), Map.entry("cardinal", 0.919),
            Map.entry("date", 0.990), Map.entry("decimal", 1.000), Map.entry("electronic", 0.909),
            Map.entry("fraction", 1.000), Map.entry("measure", 0.985), Map.entry("money", 1.000),
            Map.entry("ordinal", 0.979), Map.entry("range", 1.000), Map.entry("roman", 0.952),
            Map.entry("serial", 1.000), Map.entry("telephone", 1.000), Map.entry("time", 1.000),
            Map.entry("word", 1.000));

    private static final Pattern CATEGORY_LINE = Pattern.compile("^(\\w+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)$");
    private static final Pattern ACCURACY_LINE = Pattern.compile("^accuracy=([0-9.]+) cases=(\\d+)$");

    @Test
    void accuracyStaysAtLeastWhatWasReached(@TempDir Path dir) throws Exception {
        Prerequisites.shared("data/normalization/dev.tsv");
        Prerequisites.shared("tools/normalization_score.py");
        Prerequisites.tool("python3", "--version");

        Path predictions = dir.resolve("predictions.tsv");
        Files.write(predictions, predict(new Normalizer(), Files.readAllLines(DEV, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        List<String> report = score(predictions);

        Map<String, Double> categories = new HashMap<>();
        double overall = -1;
        for (String line : report) {
            Matcher category = CATEGORY_LINE.matcher(line.strip());
            if (category.matches()) {
                categories.put(category.group(1), Double.parseDouble(category.group(4)));
            }
            Matcher accuracy = ACCURACY_LINE.matcher(line.strip());
            if (accuracy.matches()) {
                overall = Double.parseDouble(accuracy.group(1));
            }
        }
        assertTrue(overall >= OVERALL_FLOOR, "overall accuracy " + overall + " < " + OVERALL_FLOOR + "\n" + String.join("\n", report));
        assertEquals(CATEGORY_FLOORS.keySet(), categories.keySet(), "categories in the report");
        CATEGORY_FLOORS.forEach((name, floor) -> assertTrue(categories.get(name) >= floor,
                name + " accuracy " + categories.get(name) + " < " + floor + "\n" + String.join("\n", report)));
    }

    private static List<String> predict(Normalizer normalizer, List<String> gold) {
        List<String> predictions = new ArrayList<>();
        predictions.add("id\tspoken");
        for (String line : gold.subList(1, gold.size())) {
            if (!line.isBlank()) {
                String[] columns = line.split("\t");
                predictions.add(columns[0] + "\t" + normalizer.spoken(columns[2]));
            }
        }
        return predictions;
    }

    private static List<String> score(Path predictions) throws IOException, InterruptedException {
        Process scorer = new ProcessBuilder("python3", SCORER.toString(), DEV.toString(), predictions.toString())
                .redirectErrorStream(true).start();
        String output = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scorer.waitFor(60, TimeUnit.SECONDS), "scorer did not finish");
        assertEquals(0, scorer.exitValue(), "scorer failed:\n" + output);
        return output.lines().toList();
    }
}
