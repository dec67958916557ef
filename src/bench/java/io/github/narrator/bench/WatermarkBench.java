package io.github.narrator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.verify.Downloader;
import io.github.narrator.verify.Verifier;
import io.github.narrator.watermark.Payload;
import io.github.narrator.watermark.WatermarkDetector;
import io.github.narrator.watermark.WatermarkKey;

/**
 * The watermark section of the benchmark: narrates the sample articles with and without the mark,
 * then measures its level under the speech, its robustness ({@link WatermarkRobustness}) and its
 * false positives ({@link UnmarkedClips}).
 */
final class WatermarkBench {

    static final String SECTION = "watermark";
    private static final double EXCERPT_SECONDS = 30;
    private static final Path SAMPLES = Path.of("samples", "articles");
    /** The speed search the speed conditions are checked with: up to 6 % faster or slower. */
    private static final double SPEED_SEARCH = 0.06;

    private final NarratorConfig config;
    private final Path work;
    private final PrintStream log;
    private final int excerpts;
    private final int clipsPerSource;

    WatermarkBench(NarratorConfig config, Path work, PrintStream log, int excerpts, int clipsPerSource) {
        this.config = config;
        this.work = work;
        this.log = log;
        this.excerpts = excerpts;
        this.clipsPerSource = clipsPerSource;
    }

    void run(List<Figure> figures, List<String> notes) throws Exception {
        List<String> missing = AudioTools.missing();
        if (!missing.isEmpty() || !Files.isDirectory(SAMPLES)) {
            String note = "watermark: skipped: " + (missing.isEmpty() ? "no " + SAMPLES + " here (run from the project folder)"
                    : "missing " + String.join(", ", missing) + " (apt-get install lame ffmpeg sox espeak-ng)");
            notes.add(note);
            log.println(note);
            return;
        }
        List<String> pages;
        try (var files = Files.list(SAMPLES)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        Path marked = narrate(pages, work.resolve("marked"), true);
        Path plain = narrate(pages, work.resolve("plain"), false);
        List<Path> generated = new ArrayList<>();
        Path generatedPages = Files.createDirectories(work.resolve("pages"));
        for (int number = 1; number <= 12; number++) {
            generated.add(NewsPageGenerator.page(40_000 + number, 700).writeTo(generatedPages));
        }
        Path plainGenerated = narrate(generated.stream().map(Path::toString).toList(), work.resolve("plain-generated"), false);

        List<WatermarkRobustness.Narration> narrations = new ArrayList<>();
        List<Path[]> pairs = new ArrayList<>();
        for (Path folder : articleFolders(marked)) {
            JsonNode metadata = Json.MAPPER.readTree(folder.resolve("metadata.json").toFile());
            narrations.add(new WatermarkRobustness.Narration(folder.resolve("narration.mp3"),
                    Payload.forNarration(metadata.path("contentHash").asText()), metadata.path("durationSeconds").asDouble()));
            Path twin = plain.resolve("articles").resolve(folder.getFileName());
            pairs.add(new Path[] {folder.resolve("narration.wav"), twin.resolve("narration.wav")});
        }
        if (narrations.isEmpty()) {
            throw new IOException("the sample articles gave no narrations");
        }
        WatermarkLevel.Result level = WatermarkLevel.measure(pairs);
        log.printf(Locale.ROOT, "watermark: level under the speech over %d seconds of speech: min %.1f dB, median %.1f dB;"
                        + " marked 16 ms steps of silence: %d of %d%n", level.speechSeconds(), level.minMarginDb(),
                level.medianMarginDb(), level.silentMarked(), level.silentSteps());
        figures.add(Figure.atLeast(SECTION, "speech-to-watermark level, quietest second of " + level.speechSeconds(), "dB",
                Stats.of(level.minMarginDb()), 25));
        figures.add(Figure.of(SECTION, "speech-to-watermark level, median second", "dB", Stats.of(level.medianMarginDb())));
        figures.add(Figure.atMost(SECTION, "16 ms steps of silence carrying any mark, of " + level.silentSteps(), "steps",
                Stats.of(level.silentMarked()), 0));

        Verifier verifier = new Verifier(new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8), 600,
                new Downloader(1L << 30, java.time.Duration.ofMinutes(1)));
        Verifier speedVerifier = new Verifier(new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8, SPEED_SEARCH), 600,
                new Downloader(1L << 30, java.time.Duration.ofMinutes(1)));
        WatermarkRobustness robustness = new WatermarkRobustness(verifier, speedVerifier, work.resolve("robustness"), log);
        List<WatermarkRobustness.Row> rows = robustness.run(narrations, List.of(Degradation.values()), excerpts,
                EXCERPT_SECONDS, 17);
        log.print(WatermarkRobustness.table(rows, EXCERPT_SECONDS));
        for (WatermarkRobustness.Row row : rows) {
            boolean speed = row.condition().changesSpeed();
            String name = row.condition().label() + (speed ? ", verify --speed-search 6" : "") + " (" + row.detected() + "/"
                    + row.tried() + ", " + row.payloadErrors() + " payload errors)";
            Stats rate = Stats.of(100 * row.rate());
            figures.add(speed ? Figure.of(SECTION, name, "% detected", rate) : Figure.atLeast(SECTION, name, "% detected", rate, 99));
        }

        List<Path> unmarked = new ArrayList<>();
        articleFolders(plain).forEach(folder -> unmarked.add(folder.resolve("narration.mp3")));
        articleFolders(plainGenerated).forEach(folder -> unmarked.add(folder.resolve("narration.mp3")));
        UnmarkedClips.Result falsePositives = new UnmarkedClips(verifier, work.resolve("unmarked"), log)
                .run(unmarked, clipsPerSource, EXCERPT_SECONDS, 23);
        log.print(UnmarkedClips.table(falsePositives));
        figures.add(Figure.atMost(SECTION, "false detections in " + falsePositives.tried() + " unmarked clips", "clips",
                Stats.of(falsePositives.detections()), 0));
        figures.add(Figure.of(SECTION, "false-alarm bound per 30 s excerpt (4 candidates x 2^-24)", "probability",
                Stats.of(WatermarkDetector.falseAlarmPerWindow())));
    }

    private Path narrate(List<String> inputs, Path out, boolean watermark) throws Exception {
        NarratorConfig settings = config.with("narrator.out", out.toString()).with("narrator.wav", "true")
                .with("narrator.watermark.enabled", String.valueOf(watermark));
        log.printf("watermark: narrating %d pages %s the mark%n", inputs.size(), watermark ? "with" : "without");
        try (NarratorRunner runner = new NarratorRunner(settings, null, new PrintStream(java.io.OutputStream.nullOutputStream()), false)) {
            runner.convert(inputs);
        }
        return out;
    }

    private static List<Path> articleFolders(Path out) throws IOException {
        Path articles = out.resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (var folders = Files.list(articles)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("metadata.json"))).sorted().toList();
        }
    }
}
