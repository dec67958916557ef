package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpServer;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.site.SiteBuilder;

/**
 * Entry point of a fresh JVM that backfills an archive: {@code count} generated news pages of about
 * {@value #WORDS} words, served over HTTP on 127.0.0.1 by a server of its own, listed in one URL
 * list and narrated in one run through the whole pipeline, as {@code run --once} does. It records
 * when each article is done, then times the site's updates at the end, and prints one JSON line:
 * {@code java -cp narrator.jar io.github.narrator.bench.BackfillProbe COUNT WORK_DIR}.
 */
public final class BackfillProbe {

    static final int WORDS = 150;
    private static final int UPDATE_RUNS = 5;

    /**
     * @param doneSeconds        when each article was done (narrated or failed), seconds from the start, in order
     * @param peakRssBytes       the process's resident-set high-water mark at the end of the backfill
     * @param outBytes           everything under {@code out/}
     * @param listingBytes       what lists the narrations: feed, its archive pages, playlist, list pages, catalogue
     * @param updateMillis       the site's update after one more publish, with every narration listed (median)
     * @param loadMillis         a new process's first update (reads the catalogue, checks the folders)
     * @param fullRebuildMillis  everything again from the folders (every metadata.json read)
     */
    public record Result(int articles, int narrated, int failed, double wallSeconds, double[] doneSeconds, long peakRssBytes,
            long outBytes, long feedBytes, long indexBytes, int archivePages, long listingBytes, double updateMillis,
            double loadMillis, double fullRebuildMillis) {
    }

    private BackfillProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BackfillProbe COUNT WORK_DIR");
        }
        // a log line per article would bury the probe's own progress
        System.setProperty("org.slf4j.simpleLogger.log.io.github.narrator", "warn");
        int count = Integer.parseInt(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        ExecutorService serverThreads = Executors.newFixedThreadPool(4);
        HttpServer site = pages(count, serverThreads);
        try {
            Result result = backfill(count, work, "http://127.0.0.1:" + site.getAddress().getPort());
            System.out.println(Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } finally {
            site.stop(0);
            serverThreads.shutdownNow();
        }
    }

    /** The generated site: {@code /news/<n>/} for n in 1..count, and {@code /urls.txt} listing them all. */
    private static HttpServer pages(int count, ExecutorService threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/urls.txt", exchange -> {
            StringBuilder list = new StringBuilder();
            for (int n = 1; n <= count; n++) {
                list.append(base).append("/news/").append(n).append("/\n");
            }
            respond(exchange, "text/plain; charset=utf-8", list.toString());
        });
        server.createContext("/news/", exchange -> {
            String number = exchange.getRequestURI().getPath().replaceAll("^/news/(\\d+)/?$", "$1");
            if (!number.matches("\\d{1,9}")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            respond(exchange, "text/html; charset=utf-8", NewsPageGenerator.page(Integer.parseInt(number), WORDS).html());
        });
        server.start();
        return server;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Result backfill(int count, Path work, String site) throws Exception {
        Path out = work.resolve("out");
        Path routes = Files.createDirectories(work.resolve("routes"));
        Files.writeString(routes.resolve("backfill.yaml"), """
                - templatedRoute:
                    routeTemplateRef: url-list
                    routeId: backfill
                    parameters:
                      - {name: url, value: "%s/urls.txt"}
                """.formatted(site));
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", out.toString())
                .with("narrator.poll.repeat", "1")
                .with("narrator.source.max-items", String.valueOf(count))
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.feed.base-url", "https://backfill.example/listen")
                .with("narrator.feed.owner-email", "bench@backfill.example");

        double[] done = new double[count];
        int recorded = 0;
        long start = System.nanoTime();
        long lastReport = start;
        BatchTracker.Summary summary;
        try (NarratorRunner runner = new NarratorRunner(config, routes, new PrintStream(OutputStream.nullOutputStream()), false)) {
            runner.start();
            while (recorded < count) {
                Thread.sleep(10);
                long now = System.nanoTime();
                int finished = Math.min(count, runner.tracker().inputsFinished());
                while (recorded < finished) {
                    done[recorded++] = (now - start) / 1e9;
                }
                if (now - lastReport > 30e9) {
                    System.err.printf("backfill: %d of %d done after %.0f s%n", recorded, count, (now - start) / 1e9);
                    lastReport = now;
                }
            }
            summary = runner.finish();
        }
        double wall = done[count - 1];
        long peakRss = MemoryProbe.peakRss();
        System.err.printf("backfill: %d done in %.0f s (%s); timing the site%n", count, wall, summary);

        SiteBuilder site2 = new SiteBuilder(out, config.feedSettings(), config.sourceFeedSettings());
        long loadStart = System.nanoTime();
        site2.rebuild();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        double updateMillis = updateAfterOnePublish(site2, out);
        long fullStart = System.nanoTime();
        site2.rebuildAll();
        double fullMillis = (System.nanoTime() - fullStart) / 1e6;

        return new Result(count, summary.narrated(), summary.failed(), wall, done, peakRss, bytesUnder(out),
                Files.size(out.resolve(SiteBuilder.FEED)), Files.size(out.resolve(SiteBuilder.INDEX)),
                archivePages(out), listingBytes(out), updateMillis, loadMillis, fullMillis);
    }

    /**
     * One more narration published (a copy of one under a new name, as the publisher would list it),
     * then the site's update: the median of a few. It lands in the feed and pushes the oldest of the
     * feed into the archive, as every new narration of a backfill does.
     */
    private static double updateAfterOnePublish(SiteBuilder site, Path out) throws IOException {
        Path articles = out.resolve(SiteBuilder.ARTICLES);
        Path model;
        try (Stream<Path> dirs = Files.list(articles)) {
            model = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < UPDATE_RUNS; run++) {
            String slug = "bench-extra-" + run;
            Path dir = Files.createDirectories(articles.resolve(slug));
            for (String file : List.of(NarrationFiles.MP3, NarrationFiles.VTT, NarrationFiles.TRANSCRIPT, NarrationFiles.CHAPTERS, SiteBuilder.INDEX)) {
                Files.copy(model.resolve(file), dir.resolve(file));
            }
            com.fasterxml.jackson.databind.node.ObjectNode json =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(model.resolve(NarrationFiles.METADATA).toFile());
            json.put("id", slug).put("guid", "narrator:" + slug).put("title", "Extra " + run)
                    .put("episodePublishedAt", java.time.Instant.now().toString());
            Json.write(dir.resolve(NarrationFiles.METADATA), json);
            NarrationMetadata metadata = Json.read(dir.resolve(NarrationFiles.METADATA), NarrationMetadata.class);
            long start = System.nanoTime();
            site.listing().published(dir, metadata);
            site.rebuild();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(times).median();
    }

    private static int archivePages(Path out) throws IOException {
        Path archive = out.resolve("archive");
        if (!Files.isDirectory(archive)) {
            return 0;
        }
        try (Stream<Path> pages = Files.list(archive)) {
            return (int) pages.filter(page -> page.getFileName().toString().endsWith(".xml")).count();
        }
    }

    private static long listingBytes(Path out) throws IOException {
        long bytes = 0;
        for (Path file : List.of(out.resolve(SiteBuilder.FEED), out.resolve(SiteBuilder.PLAYLIST), out.resolve(SiteBuilder.INDEX),
                out.resolve(SiteBuilder.STATE).resolve("catalogue.jsonl"))) {
            bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
        }
        return bytes + (Files.isDirectory(out.resolve("archive")) ? bytesUnder(out.resolve("archive")) : 0);
    }

    static long bytesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
    }
}
