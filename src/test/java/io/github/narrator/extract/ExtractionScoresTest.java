package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorers the training program uses agree with the shared Python ones. */
class ExtractionScoresTest {

    private static final Path TOOLS = Path.of("..", "shared", "tools");

    @Test
    void tokensAreRunsOfWordCharactersInAnyScript() {
        assertEquals(List.of("Café", "3", "½", "x_y", "東京で", "Київ"), ExtractionScores.tokens("Café, 3 ½ — x_y! 東京で Київ."));
        assertEquals("a b c", ExtractionScores.normalise("  a\u00a0\n b\tc "));
    }

    @Test
    void scoresAsTheSharedScorersDo(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TOOLS.resolve("extraction_score.py")) && python(),
                "no ../shared/tools scorers or python3");
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        truth.put("a", "The council voted on Tuesday to spend money on water mains.\nResidents had complained.");
        predicted.put("a", "Menu Home The council voted on Tuesday to spend money on water mains.");
        truth.put("b", "Kurz gesagt: der Rat hat entschieden, und die Bürger freuen sich.");
        predicted.put("b", "");
        truth.put("c", "Short one");
        predicted.put("c", "Short one and more words than needed here");
        Path out = Files.createDirectory(dir.resolve("out"));
        predicted.forEach((id, text) -> write(out.resolve(id + ".txt"), text));
        Map<String, Map<String, String>> json = new LinkedHashMap<>();
        truth.forEach((id, body) -> json.put(id, Map.of("articleBody", body)));
        Path truthFile = dir.resolve("truth.json");
        new ObjectMapper().writeValue(truthFile.toFile(), json);

        List<ExtractionScores.NewsPage> pages = truth.keySet().stream()
                .map(id -> ExtractionScores.news(id, truth.get(id), predicted.get(id))).toList();
        ExtractionScores.NewsSummary javaScore = ExtractionScores.summarise(pages);
        String python = ExtractionBenchmark.score(TOOLS.resolve("extraction_score.py"), truthFile, out);
        assertTrue(python.startsWith(String.format(Locale.ROOT, "f1=%.4f precision=%.4f recall=%.4f",
                javaScore.f1(), javaScore.precision(), javaScore.recall())), python + " vs " + javaScore);
        assertTrue(python.contains("low_f1_pages=" + javaScore.low()), python + " vs " + javaScore);

        Map<String, Map<String, List<String>>> snippets = new LinkedHashMap<>();
        snippets.put("a", Map.of("with", List.of("The council voted", "Residents had"), "without", List.of("Menu Home")));
        snippets.put("b", Map.of("with", List.of("der Rat"), "without", List.of()));
        Path snippetFile = dir.resolve("snippets.json");
        new ObjectMapper().writeValue(snippetFile.toFile(), snippets);
        ExtractionScores.SnippetSummary javaSnippets = ExtractionScores.summariseSnippets(List.of(
                ExtractionScores.snippets("a", List.of("The council voted", "Residents had"), List.of("Menu Home"), predicted.get("a")),
                ExtractionScores.snippets("b", List.of("der Rat"), List.of(), predicted.get("b"))));
        String line = run("python3", TOOLS.resolve("snippet_score.py").toString(), snippetFile.toString(), out.toString());
        assertTrue(line.contains(String.format(Locale.ROOT, "empty=%d precision=%.3f recall=%.3f",
                javaSnippets.empty(), javaSnippets.precision(), javaSnippets.recall())), line + " vs " + javaSnippets);
        assertTrue(line.endsWith(String.format(Locale.ROOT, "f1=%.3f", javaSnippets.f1())), line + " vs " + javaSnippets);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0, output);
        return output.substring(output.lastIndexOf('\n') + 1);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
