package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.files.Json;

class BenchReportTest {

    private static BenchReport report() {
        return new BenchReport("Narrator/0.1.0", "1ad1fc7", "2026-11-26T12:00:00Z", 18.5, 2, "OpenJDK 17",
                List.of("-Xmx128m"), List.of(0.31, 0.52, 0.7), List.of(1.9, 1.2, 0.9), 3,
                List.of(Figure.atLeast("engine", "pipeline / limit, 500 words", "ratio", Stats.of(0.91, 0.95, 0.93), 0.9),
                        Figure.atMost("memory", "peak RSS 20000 / 500 words, -Xmx128m", "ratio", Stats.of(1.1, 1.3, 1.25), 1.2),
                        Figure.of("encoder", "MP3 encoder speed (q9, 48 kb/s), 5000 words", "audio s / CPU s",
                                Stats.of(1126.0, 1090.0, 1150.0))),
                List.of("peer: not available (install espeak-ng, lame, node)"));
    }

    @Test
    void jsonReadsBackAsTheSameReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench/bench-1.json");
        report().writeJson(file);
        assertEquals(report(), BenchReport.readJson(file));
    }

    @Test
    void jsonNamesEveryFigureWithItsStatisticsAndTarget(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        report().writeJson(file);
        JsonNode json = Json.MAPPER.readTree(Files.readString(file));
        assertEquals("1ad1fc7", json.get("commit").asText());
        assertEquals(3, json.get("loadBefore").size());
        JsonNode ratio = json.get("figures").get(0);
        assertEquals("engine", ratio.get("section").asText());
        assertEquals(0.93, ratio.get("stats").get("median").asDouble());
        assertEquals(0.91, ratio.get("stats").get("min").asDouble());
        assertEquals(3, ratio.get("stats").get("runs").asInt());
        assertEquals(">= 0.90", ratio.get("target").asText());
        assertTrue(ratio.get("met").asBoolean());
        JsonNode informative = json.get("figures").get(2);
        assertTrue(informative.get("target") == null && informative.get("met") == null,
                "a figure without a target writes none: " + informative);
    }

    @Test
    void tableHasOneLinePerFigureWithMedianRangeAndVerdict() {
        String table = BenchTable.render(report());
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).matches("section +figure +median +min-max +unit +target"), lines.get(0));
        String ratio = lines.stream().filter(line -> line.contains("pipeline / limit")).findFirst().orElseThrow();
        assertTrue(ratio.matches("engine +pipeline / limit, 500 words +0\\.93 +0\\.91-0\\.95 +ratio +>= 0\\.90 +ok"), ratio);
        String memory = lines.stream().filter(line -> line.contains("peak RSS")).findFirst().orElseThrow();
        assertTrue(memory.endsWith("MISSED"), memory);
        assertTrue(table.contains("load average 0.31 0.52 0.70 at start, 1.90 1.20 0.90 at end"), table);
        assertTrue(table.contains("peer: not available"), table);
    }

    @Test
    void loadAverageLineIsParsed() {
        assertEquals(List.of(0.52, 0.58, 0.59), LoadAverage.parse("0.52 0.58 0.59 1/467 12345\n"));
    }
}
