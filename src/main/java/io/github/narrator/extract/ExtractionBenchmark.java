package io.github.narrator.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The extraction benchmark: extracts every {@code <name>.html} or {@code <name>.html.gz} of a folder
 * to {@code <out>/<name>.txt} (the article body, one paragraph a line; an empty file when the page is
 * refused) and measures pages per second on one thread, over warm passes after a cold one.
 */
public final class ExtractionBenchmark {

    /**
     * What a run measured: the fastest warm pass ({@code seconds}; the machine is shared, so the
     * fastest pass is the one least disturbed), the median warm pass, the cold first pass, and how
     * many pages were refused and why.
     */
    public record Result(int pages, int refused, double seconds, double medianSeconds, double coldSeconds,
                         List<String> refusals) {

        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "pages=%d refused=%d seconds=%.3f pages/s=%.1f (median warm pass %.1f pages/s, cold pass %.3f s)",
                    pages, refused, seconds, pagesPerSecond(), medianSeconds == 0 ? 0 : pages / medianSeconds,
                    coldSeconds);
        }
    }

    private final ArticleExtractor extractor;

    public ExtractionBenchmark(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Extracts every page of {@code in} into {@code out}: one cold pass that writes the files, then
     * {@code warmPasses} timed passes over the pages already in memory (the figure reported).
     */
    public Result run(Path in, Path out, int warmPasses) throws IOException {
        List<Path> files = pages(in);
        List<String> names = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        for (Path file : files) {
            names.add(pageName(file));
            htmls.add(read(file));
        }
        Files.createDirectories(out);
        List<String> refusals = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < htmls.size(); i++) {
            String body;
            try {
                body = extractor.extract(htmls.get(i), "file:" + files.get(i).toAbsolutePath()).bodyText();
            } catch (ExtractionException e) {
                body = "";
                refusals.add(names.get(i) + ": " + e.getMessage());
            }
            Files.writeString(out.resolve(names.get(i) + ".txt"), body, StandardCharsets.UTF_8);
        }
        double cold = (System.nanoTime() - start) / 1e9;
        double[] warm = new double[warmPasses];
        for (int pass = 0; pass < warmPasses; pass++) {
            long passStart = System.nanoTime();
            for (int i = 0; i < htmls.size(); i++) {
                try {
                    extractor.extract(htmls.get(i), "file:" + files.get(i).toAbsolutePath());
                } catch (ExtractionException e) {
                    // counted in the cold pass
                }
            }
            warm[pass] = (System.nanoTime() - passStart) / 1e9;
        }
        Arrays.sort(warm);
        double best = warmPasses > 0 ? warm[0] : cold;
        double median = warmPasses > 0 ? warm[warmPasses / 2] : cold;
        return new Result(files.size(), refusals.size(), best, median, cold, List.copyOf(refusals));
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

    /** Reads a page as UTF-8, un-gzipping {@code .gz} files. */
    public static String read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
