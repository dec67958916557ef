package io.github.narrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.github.narrator.bench.Bench;
import io.github.narrator.bench.BenchReport;
import io.github.narrator.bench.BenchTable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code narrator bench}: measures speed, scaling, memory and start-up, prints one table and writes it as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Narrator: pipeline against the engine's limit, 1 against 2 workers, memory per article,"
                + " the MP3 encoder, cold start-up, a slow site (workers kept busy), a do-it-yourself shell pipeline"
                + " (readability, espeak-ng, lame), and the watermark (level, robustness to re-encoding and noise,"
                + " false positives; needs lame, ffmpeg, sox, espeak-ng).",
                "Prints one table (medians of --runs runs, with min-max) and writes it as JSON. Takes about 20 minutes;"
                + " run it on an otherwise idle machine."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Runs of each measurement (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--words", paramLabel = "N,N,...", split = ",", defaultValue = "500,5000,20000",
            description = "Article lengths for the engine and memory sections (default: ${DEFAULT-VALUE}).")
    List<Integer> words;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100", description = "Articles in the batch of the cores, peer and network sections (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--page-delay", paramLabel = "MS", defaultValue = "200",
            description = "How long the network section's site takes to answer each page, in milliseconds (default: ${DEFAULT-VALUE}).")
    long pageDelayMillis;

    @Option(names = "--only", paramLabel = "SECTION,...", split = ",",
            description = "Run only these sections: engine, cores, peer, memory, startup, watermark, network, backfill"
                    + " (default: all but backfill, which --backfill adds).")
    @Nullable List<String> only;

    @Option(names = "--backfill", paramLabel = "N",
            description = "Also backfill N generated articles served over HTTP, in one run, and plot the cost per article"
                    + " (e.g. 10000; takes minutes to hours). With --only backfill and no N: 1000.")
    @Nullable Integer backfill;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the JSON (default: target/bench/bench-<time>.json beside the jar).")
    @Nullable Path json;

    @Option(names = "--compare-quality", paramLabel = "Q", defaultValue = "7",
            description = "A LAME quality to measure beside the chosen one, -1 for none (default: ${DEFAULT-VALUE}, the previous default).")
    int compareQuality;

    @Option(names = "--compare-heap", paramLabel = "OPTIONS", split = " ", defaultValue = "-Xmx512m",
            description = "JVM options to measure memory with beside the launcher's (default: ${DEFAULT-VALUE}, the previous default).")
    List<String> compareHeap;

    @Option(names = "--peer-home", paramLabel = "DIR",
            description = "Where the peer's npm packages are installed (default: ~/.cache/narrator-bench/peer).")
    Path peerHome;

    @Option(names = "--excerpts", paramLabel = "N", defaultValue = "100",
            description = "Watermark: 30 s excerpts per degradation (default: ${DEFAULT-VALUE}).")
    int excerpts;

    @Option(names = "--clips", paramLabel = "N", defaultValue = "200",
            description = "Watermark: unmarked clips from each of five sources (default: ${DEFAULT-VALUE}).")
    int clips;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        Set<Bench.Section> sections = only == null || only.isEmpty()
                ? EnumSet.complementOf(EnumSet.of(Bench.Section.BACKFILL)) : sections(only);
        if (backfill != null) {
            sections.add(Bench.Section.BACKFILL);
        }
        // the per-article log lines would bury the bench's own progress
        System.setProperty("org.slf4j.simpleLogger.log.io.github.narrator", "warn");
        Path home = peerHome != null ? peerHome : Bench.DEFAULT_PEER_HOME;
        Path file = json != null ? json : defaultJson();
        Bench.Settings settings = new Bench.Settings(runs, words, batch, sections, compareQuality, compareHeap, home,
                excerpts, clips, backfill != null ? backfill : 1000, file.toAbsolutePath().getParent(),
                java.time.Duration.ofMillis(pageDelayMillis));
        BenchReport report = new Bench(options.load(), settings, System.err).run();
        report.writeJson(file);
        System.out.print(BenchTable.render(report));
        System.out.println("JSON: " + file);
        return 0;
    }

    private static Set<Bench.Section> sections(List<String> names) {
        Set<Bench.Section> sections = EnumSet.noneOf(Bench.Section.class);
        for (String name : names) {
            try {
                sections.add(Bench.Section.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only: no section '" + name + "'; the sections are "
                        + "engine, cores, peer, memory, startup, watermark, network, backfill");
            }
        }
        return sections;
    }

    /** target/bench/ beside the jar (or the classes folder), so runs of every commit gather in one place. */
    private static Path defaultJson() throws Exception {
        Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = code.getParent();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Files.isDirectory(target) ? target.resolve("bench").resolve("bench-" + stamp + ".json")
                : Path.of("bench-" + stamp + ".json");
    }
}
