package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The machine's 1, 5 and 15 minute load averages (Linux), so a report shows how busy the machine was. */
final class LoadAverage {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /** The three averages, or an empty list where the system does not tell. */
    static List<Double> now() {
        try {
            return Files.isReadable(LOADAVG) ? parse(Files.readString(LOADAVG)) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Parses a {@code /proc/loadavg} line: "0.52 0.58 0.59 1/467 12345". */
    static List<Double> parse(String line) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length < 3) {
            throw new IllegalArgumentException("not a load average line: '" + line + "'");
        }
        return Stream.of(fields).limit(3).map(Double::valueOf).toList();
    }
}
