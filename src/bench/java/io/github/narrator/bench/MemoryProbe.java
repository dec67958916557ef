package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;

/**
 * Entry point of a fresh JVM that narrates one page as {@code convert} does, then prints its own
 * peak memory as one JSON line. Run in a child process per article, so the peak belongs to that
 * article alone:
 * {@code java -cp narrator.jar io.github.narrator.bench.MemoryProbe PAGE OUT_DIR}.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /**
     * @param peakRssBytes  the process's resident-set high-water mark (Linux VmHWM), or -1 where unknown
     * @param peakHeapBytes the most heap in use at once, garbage included (sum of the heap pools' peaks)
     * @param maxHeapBytes  the heap's limit (-Xmx, or the JVM's own choice)
     */
    public record Result(long peakRssBytes, long peakHeapBytes, long maxHeapBytes, double audioSeconds, double wallSeconds) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: MemoryProbe PAGE OUT_DIR");
        }
        NarratorConfig config = NarratorConfig.load().with("narrator.out", args[1]);
        long start = System.nanoTime();
        BatchTracker.Summary summary;
        try (NarratorRunner runner = new NarratorRunner(config, null, new PrintStream(OutputStream.nullOutputStream()), false)) {
            runner.start();
            runner.submit(args[0]);
            while (runner.tracker().inputsFinished() < 1) {
                Thread.sleep(2);
            }
            summary = runner.tracker().summary();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (summary.narrated() != 1) {
            throw new IllegalStateException(args[0] + " was not narrated: " + summary);
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        Result result = new Result(peakRss(), peakHeap, Runtime.getRuntime().maxMemory(), summary.audioSeconds(), wall);
        System.out.println(Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(result));
    }

    /** Linux's high-water mark of resident memory, or -1 elsewhere. */
    static long peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
            }
        }
        return -1;
    }

    /** The probe's last line of output, parsed. */
    static Result parse(String line) throws IOException {
        return Json.MAPPER.readValue(line, Result.class);
    }
}
