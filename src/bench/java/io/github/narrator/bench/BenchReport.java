package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.files.Json;

/**
 * Everything one benchmark run measured, with what it ran on, so runs on different commits can be
 * compared: written as JSON, read back the same way.
 *
 * @param loadBefore the machine's 1, 5 and 15 minute load averages when the run started (empty where unknown)
 * @param loadAfter  the same when it ended
 * @param notes      what was skipped or could not be measured, and why
 */
public record BenchReport(String narrator, String commit, String startedAt, double wallMinutes, int cores,
                          String java, List<String> jvmOptions, List<Double> loadBefore, List<Double> loadAfter,
                          int runs, List<Figure> figures, List<String> notes) {

    public BenchReport {
        jvmOptions = List.copyOf(jvmOptions);
        loadBefore = List.copyOf(loadBefore);
        loadAfter = List.copyOf(loadAfter);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Json.write(file, this);
    }

    public static BenchReport readJson(Path file) throws IOException {
        return Json.read(file, BenchReport.class);
    }
}
