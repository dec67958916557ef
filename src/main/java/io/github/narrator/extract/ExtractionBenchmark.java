package io.github.narrator.extract;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The extraction benchmark: extracts every {@code <name>.html} or {@code <name>.html.gz} of a folder
 * to {@code <out>/<name>.txt} (the article body, one paragraph a line; an empty file when the page is
 * refused) and measures pages per second on one thread, over warm passes after a cold one.
 *
 * <p>Pages are read the way every command reads a local page ({@link PageFetcher}: size cap, gzip,
 * charset from byte-order mark or meta tag), one at a time, so memory stays flat however many
 * pages the folder holds.
 */
public final class ExtractionBenchmark {

    /**
     * What a run measured: the fastest warm pass ({@code seconds}; the machine is shared, so the
     * fastest pass is the one least disturbed), the median warm pass, the cold first pass, and how
     * many pages were refused and why. Each pass reads, decodes and extracts every page.
     */
    public record Result(int pages, int refused, double seconds, double medianSeconds, double coldSeconds,
                         double cpuSeconds, List<String> refusals) {

        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }

        /** Pages per second of the thread's own CPU time in the fastest warm pass: what a busy machine does not skew. */
        public double pagesPerCpuSecond() {
            return cpuSeconds == 0 ? 0 : pages / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "pages=%d refused=%d seconds=%.3f pages/s=%.1f (median warm pass %.1f pages/s, cold pass %.3f s;"
                            + " %.1f pages per CPU second)",
                    pages, refused, seconds, pagesPerSecond(), medianSeconds == 0 ? 0 : pages / medianSeconds,
                    coldSeconds, pagesPerCpuSecond());
        }
    }

    private final ArticleExtractor extractor;
    private final PageFetcher fetcher;

    /** @param fetcher reads the pages: the same reader, with the same settings, as the other commands use */
    public ExtractionBenchmark(ArticleExtractor extractor, PageFetcher fetcher) {
        this.extractor = extractor;
        this.fetcher = fetcher;
    }

    /** {@link #run(Path, Path, int, Consumer)} that keeps the refusals only in the result. */
    public Result run(Path in, Path out, int warmPasses) throws IOException {
        return run(in, out, warmPasses, refusal -> { });
    }

    /**
     * Extracts every page of {@code in} into {@code out}: one cold pass that writes the files, then
     * {@code warmPasses} timed passes that read and extract the pages again (the figure reported).
     *
     * @param refusals told "{@code <name>: <reason>}" for each page refused or unreadable, as it happens
     */
    public Result run(Path in, Path out, int warmPasses, Consumer<String> refusals) throws IOException {
        List<Path> files = pages(in);
        Files.createDirectories(out);
        SourcePolicy policy = SourcePolicy.localFiles(in.toAbsolutePath().normalize());
        List<String> refused = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            String name = pageName(file);
            String body;
            try {
                body = extract(file, policy).bodyText();
            } catch (ExtractionException | FetchException e) {
                body = "";
                String refusal = name + ": " + e.getMessage();
                refused.add(refusal);
                refusals.accept(refusal);
            }
            write(out.resolve(name + ".txt"), body);
        }
        double cold = (System.nanoTime() - start) / 1e9;
        double[] warm = new double[warmPasses];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double cpu = Double.MAX_VALUE;
        for (int pass = 0; pass < warmPasses; pass++) {
            long passStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (Path file : files) {
                try {
                    extract(file, policy);
                } catch (ExtractionException | FetchException e) {
                    // counted in the cold pass
                }
            }
            warm[pass] = (System.nanoTime() - passStart) / 1e9;
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        Arrays.sort(warm);
        double best = warmPasses > 0 ? warm[0] : cold;
        double median = warmPasses > 0 ? warm[warmPasses / 2] : cold;
        return new Result(files.size(), refused.size(), best, median, cold, warmPasses > 0 ? cpu : 0,
                List.copyOf(refused));
    }

    private Article extract(Path file, SourcePolicy policy) throws ExtractionException, FetchException {
        var page = fetcher.fetch(file.toAbsolutePath().normalize().toUri().toString(), policy, Validators.NONE)
                .orElseThrow(() -> FetchException.permanent(file.toString(), "no content"));
        return extractor.extract(page.html(), page.finalUrl());
    }

    /** Written beside and moved into place, so a stopped run leaves no half-written file. */
    private static void write(Path target, String text) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Scores a run's output with the benchmark's Python scorer ({@code python3 SCORER TRUTH OUT
     * --no-pages}) and returns its machine-readable last line, e.g. {@code f1=0.9858 precision=...}.
     */
    public static String score(Path scorer, Path truth, Path predictions) throws IOException {
        Process process = new ProcessBuilder("python3", scorer.toString(), truth.toString(), predictions.toString(),
                "--no-pages").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("scorer " + scorer + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring with " + scorer, e);
        }
        String last = output.substring(output.lastIndexOf('\n') + 1);
        if (!last.startsWith("f1=")) {
            throw new IOException("scorer " + scorer + " printed no scores: " + output);
        }
        return last;
    }

    static List<Path> pages(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            throw new IOException("not a folder of pages: " + in);
        }
        try (Stream<Path> listing = Files.list(in)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".html")
                            || p.getFileName().toString().endsWith(".html.gz"))
                    .sorted()
                    .toList();
        }
    }

    static String pageName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf(".html"));
    }
}
