package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.io.FileUtils;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;

/**
 * A network-bound source: a URL list on a site that answers each page after a delay (200 ms unless
 * told otherwise), narrated as
 * {@code run --once} narrates it, with the default workers. Measures how busy the voices stay (time
 * spent synthesising and encoding over wall time × workers) and articles per minute, fetching one
 * page at a time (the old way) and {@code narrator.fetch.concurrency} at a time (the default).
 */
final class NetworkBench {

    static final int WORDS = 500;
    private static final int WARM_UP_ARTICLES = 12;
    private static final String SECTION = "network";

    /** One batch: its wall time from the list's request to the last narration, and the voices' busy share. */
    record Result(double wallSeconds, double busyFraction, int articles) {
        double perMinute() {
            return articles / (wallSeconds / 60);
        }
    }

    private final NarratorConfig config;
    private final int articles;
    private final Duration pageDelay;
    private final int runs;
    private final PrintStream log;

    NetworkBench(NarratorConfig config, int articles, Duration pageDelay, int runs, PrintStream log) {
        this.config = config;
        this.articles = articles;
        this.pageDelay = pageDelay;
        this.runs = runs;
        this.log = log;
    }

    List<Figure> run(Path dir) throws Exception {
        List<NewsPageGenerator.GeneratedPage> pages = new ArrayList<>();
        for (int number = 1; number <= articles; number++) {
            pages.add(NewsPageGenerator.page(40_000 + number, WORDS));
        }
        int concurrency = config.getInt("narrator.fetch.concurrency");
        List<Double> oneBusy = new ArrayList<>();
        List<Double> onePerMinute = new ArrayList<>();
        List<Double> manyBusy = new ArrayList<>();
        List<Double> manyPerMinute = new ArrayList<>();
        List<Double> speedUp = new ArrayList<>();
        try (SlowSite site = new SlowSite(pages, pageDelay)) {
            try (SlowSite warmUp = new SlowSite(pages.subList(0, Math.min(WARM_UP_ARTICLES, pages.size())), pageDelay)) {
                log.printf("network: warming up on %d articles%n", Math.min(WARM_UP_ARTICLES, pages.size()));
                batch(warmUp, concurrency, dir.resolve("warm-up"));
            }
            for (int run = 0; run < runs; run++) {
                // alternate the order, so neither always meets the same background load
                Result one;
                Result many;
                if (run % 2 == 0) {
                    one = batch(site, 1, dir.resolve("one-" + run));
                    many = batch(site, concurrency, dir.resolve("many-" + run));
                } else {
                    many = batch(site, concurrency, dir.resolve("many-" + run));
                    one = batch(site, 1, dir.resolve("one-" + run));
                }
                oneBusy.add(100 * one.busyFraction());
                onePerMinute.add(one.perMinute());
                manyBusy.add(100 * many.busyFraction());
                manyPerMinute.add(many.perMinute());
                speedUp.add(many.perMinute() / one.perMinute());
                log.printf(Locale.ROOT, "network: run %d/%d: one at a time %.0f%% busy, %.1f articles/min;"
                                + " %d at a time %.0f%% busy, %.1f articles/min%n", run + 1, runs, 100 * one.busyFraction(),
                        one.perMinute(), concurrency, 100 * many.busyFraction(), many.perMinute());
            }
        }
        String batch = articles + " articles of " + WORDS + " words, " + pageDelay.toMillis() + " ms a page";
        String oneAtATime = "fetching 1 at a time, " + batch;
        String defaultConcurrency = "fetching " + concurrency + " at a time (default), " + batch;
        return List.of(
                Figure.of(SECTION, "workers busy, " + oneAtATime, "%", Stats.of(oneBusy)),
                Figure.of(SECTION, oneAtATime, "articles/min", Stats.of(onePerMinute)),
                Figure.atLeast(SECTION, "workers busy, " + defaultConcurrency, "%", Stats.of(manyBusy), 90),
                Figure.of(SECTION, defaultConcurrency, "articles/min", Stats.of(manyPerMinute)),
                Figure.of(SECTION, concurrency + " at a time / 1 at a time", "ratio", Stats.of(speedUp)));
    }

    /** Polls the site's URL list once, as {@code run --once} does, and times the batch. */
    private Result batch(SlowSite site, int concurrency, Path dir) throws Exception {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("slow-site.yaml"), """
                - templatedRoute:
                    routeTemplateRef: url-list
                    routeId: slow-site
                    parameters:
                      - {name: url, value: "%s"}
                """.formatted(site.listUrl()));
        NarratorConfig batchConfig = config.with("narrator.out", dir.resolve("out").toString())
                .with("narrator.poll.repeat", "1")
                .with("narrator.fetch.concurrency", String.valueOf(concurrency))
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.source.max-items", String.valueOf(Math.max(articles, 500)));
        site.resetClock();
        int expected = site.articles();
        try (NarratorRunner runner = new NarratorRunner(batchConfig, routes, new PrintStream(OutputStream.nullOutputStream()), false)) {
            runner.start(runner.workers());
            BatchTracker tracker = runner.tracker();
            while (tracker.inputsFinished() < expected) {
                if (tracker.summary().failed() > 0) {
                    throw new IOException("the network bench's pages failed; see " + dir.resolve("out").resolve("failed"));
                }
                if (tracker.idle().compareTo(Duration.ofMinutes(2)) > 0) {
                    throw new IOException("the network bench's batch made no progress for 2 minutes ("
                            + tracker.inputsFinished() + " of " + expected + " done)");
                }
                Thread.sleep(2);
            }
            long end = System.nanoTime();
            double wall = (end - site.listRequestedNanos()) / 1e9;
            double busy = tracker.recordingTime().toNanos() / 1e9 / (wall * runner.workers());
            BatchTracker.Summary summary = runner.finish();
            if (summary.narrated() != expected) {
                throw new IOException("the network bench narrated " + summary.narrated() + " of " + expected + ": " + summary);
            }
            return new Result(wall, busy, expected);
        } finally {
            FileUtils.deleteQuietly(dir.toFile());
        }
    }
}
