package io.github.narrator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The backfill section: an archive of {@code count} generated pages narrated in one run, in a child
 * JVM with the launcher's heap ({@link BackfillProbe}). The question is whether an article costs the
 * same at the end of a long backfill as at its start: the per-article wall time at the 100th,
 * 1,000th and 10,000th article (the mean time between completions over the 99 before it), and their
 * ratio. Also the peak memory, what the site weighs at the end and what updating it costs.
 */
final class BackfillBench {

    static final String SECTION = "backfill";
    /** Completions averaged for "the per-article time at article k": the 99 intervals before it. */
    static final int WINDOW = 99;
    static final double FLAT_TARGET = 1.1;

    private final ChildJvm jvm;
    private final PrintStream log;

    BackfillBench(ChildJvm jvm, PrintStream log) {
        this.jvm = jvm;
        this.log = log;
    }

    /** Runs the backfill; adds its figures to {@code figures} and returns the result (for the plot). */
    BackfillProbe.Result run(int count, Path work, List<Figure> figures) throws IOException, InterruptedException {
        log.printf("backfill: %d articles of %d words over HTTP on 127.0.0.1 ...%n", count, BackfillProbe.WORDS);
        ProcessBuilder command = jvm.command(BackfillProbe.class.getName(), List.of(String.valueOf(count), work.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = command.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("the backfill probe failed (exit " + process.exitValue() + ")");
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElseThrow(() -> new IOException("the backfill probe printed nothing"));
        BackfillProbe.Result result = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readValue(last, BackfillProbe.Result.class);
        figures.addAll(figures(result));
        return result;
    }

    static List<Figure> figures(BackfillProbe.Result result) {
        List<Figure> figures = new ArrayList<>();
        int count = result.articles();
        figures.add(Figure.of(SECTION, "backfill of " + count + " articles, wall time", "s", Stats.of(result.wallSeconds())));
        figures.add(Figure.of(SECTION, "backfill of " + count + " articles, failed", "articles", Stats.of(result.failed())));
        List<Integer> marks = new ArrayList<>();
        for (int mark : new int[] {100, 1_000, 10_000, 100_000}) {
            if (mark <= count && mark > WINDOW) {
                marks.add(mark);
            }
        }
        if (!marks.contains(count) && count > WINDOW) {
            marks.add(count);
        }
        for (int mark : marks) {
            figures.add(Figure.of(SECTION, "per-article wall time at article " + mark, "s",
                    Stats.of(perArticleSeconds(result.doneSeconds(), mark))));
        }
        int first = marks.isEmpty() ? 0 : marks.get(0);
        int lastMark = marks.isEmpty() ? 0 : marks.get(marks.size() - 1);
        if (lastMark > first) {
            double ratio = perArticleSeconds(result.doneSeconds(), lastMark) / perArticleSeconds(result.doneSeconds(), first);
            figures.add(Figure.atMost(SECTION, "per-article time, article " + lastMark + " / article " + first, "ratio",
                    Stats.of(ratio), FLAT_TARGET));
        }
        if (count >= 10 * (WINDOW + 1)) {
            int tenth = count / 10;
            double early = medianPerArticle(result.doneSeconds(), WINDOW + 1, WINDOW + tenth);
            double late = medianPerArticle(result.doneSeconds(), count - tenth + 1, count);
            figures.add(Figure.of(SECTION, "per-article time, median of the last tenth / of the first", "ratio",
                    Stats.of(late / early)));
        }
        figures.add(Figure.of(SECTION, "peak RSS of the backfill", "MiB", Stats.of(result.peakRssBytes() / 1048576.0)));
        figures.add(Figure.of(SECTION, "out/ at the end", "MiB", Stats.of(result.outBytes() / 1048576.0)));
        figures.add(Figure.of(SECTION, "feed.xml at the end (newest 300)", "KiB", Stats.of(result.feedBytes() / 1024.0)));
        figures.add(Figure.of(SECTION, "index.html at the end", "KiB", Stats.of(result.indexBytes() / 1024.0)));
        figures.add(Figure.of(SECTION, "feed archive pages at the end", "pages", Stats.of(result.archivePages())));
        figures.add(Figure.of(SECTION, "feed, archives, lists and catalogue at the end", "MiB",
                Stats.of(result.listingBytes() / 1048576.0)));
        figures.add(Figure.of(SECTION, "site update after one more publish, at the end", "ms", Stats.of(result.updateMillis())));
        figures.add(Figure.of(SECTION, "first site update of a new process, at the end", "ms", Stats.of(result.loadMillis())));
        figures.add(Figure.of(SECTION, "full site rebuild from every folder, at the end", "s",
                Stats.of(result.fullRebuildMillis() / 1000)));
        return figures;
    }

    /**
     * The median of {@link #perArticleSeconds} over articles {@code from} to {@code to}: a figure a few
     * minutes of load from other programs on the machine cannot move much, unlike a single point.
     */
    static double medianPerArticle(double[] done, int from, int to) {
        List<Double> times = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            times.add(perArticleSeconds(done, k));
        }
        return Stats.of(times).median();
    }

    /** The mean time between completions over the {@value #WINDOW} intervals before article {@code k} (1-based). */
    static double perArticleSeconds(double[] done, int k) {
        if (k > done.length || k <= WINDOW) {
            throw new IllegalArgumentException("article " + k + " of " + done.length + " has no " + WINDOW + " before it");
        }
        return (done[k - 1] - done[k - 1 - WINDOW]) / WINDOW;
    }
}
