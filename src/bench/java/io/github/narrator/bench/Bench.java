package io.github.narrator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.commons.io.FileUtils;

import io.github.narrator.NarratorVersion;
import io.github.narrator.audio.Mp3Encoder;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.extract.ExtractionException;
import io.github.narrator.script.Script;
import io.github.narrator.pipeline.Stages;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.watermark.WatermarkKey;

/**
 * Narrator's benchmark: how close the pipeline comes to the engine's limit, how it scales to two
 * workers, how its memory grows with an article's length, what the encoder costs, how fast a cold
 * start reaches audio, how busy the voices stay on a slow site, and how it compares with a
 * do-it-yourself shell pipeline. Every figure is
 * the median of several runs with their range; pages are generated, so every run and every commit
 * narrates the same words.
 */
public final class Bench {

    /** The questions the benchmark answers; each can be run on its own. */
    public enum Section { ENGINE, CORES, PEER, MEMORY, STARTUP, WATERMARK, BACKFILL, NETWORK }

    /**
     * @param words          article lengths for the engine section (memory uses the shortest and longest)
     * @param batchSize      articles in the batch of the cores and peer sections
     * @param compareQuality a LAME quality to measure beside the chosen one (the previous default), or -1
     * @param compareHeap    JVM options to measure memory with beside the launcher's own (the previous default)
     * @param excerpts       watermark: excerpts per degradation
     * @param clips          watermark: unmarked clips per source (five sources)
     * @param backfill       articles in the backfill section
     * @param plotDir        where the backfill's plot and curve are written
     * @param pageDelay      how long the network section's site takes to answer each article page
     */
    public record Settings(int runs, List<Integer> words, int batchSize, Set<Section> sections, int compareQuality,
                           List<String> compareHeap, Path peerHome, int excerpts, int clips, int backfill, Path plotDir,
                           java.time.Duration pageDelay) {

        public Settings {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1, not " + runs);
            }
            if (words.isEmpty() || words.stream().anyMatch(count -> count < 50)) {
                throw new IllegalArgumentException("article lengths must be 50 words or more: " + words);
            }
            if (batchSize < 2) {
                throw new IllegalArgumentException("a batch needs at least 2 articles, not " + batchSize);
            }
            words = words.stream().sorted().distinct().toList();
            sections = sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
            compareHeap = List.copyOf(compareHeap);
            if (sections.contains(Section.BACKFILL) && backfill <= BackfillBench.WINDOW) {
                throw new IllegalArgumentException("a backfill needs more than " + BackfillBench.WINDOW + " articles, not " + backfill);
            }
            if (pageDelay.isNegative()) {
                throw new IllegalArgumentException("the page delay cannot be negative: " + pageDelay);
            }
        }
    }

    /** Where {@code npm install --prefix} put the peer's packages, unless told otherwise. */
    public static final Path DEFAULT_PEER_HOME = PeerPipeline.DEFAULT_HOME;

    private static final String ENGINE = "engine";
    private static final String ENCODER = "encoder";
    private static final String CORES = "cores";
    private static final String PEER = "peer";
    private static final String MEMORY = "memory";
    private static final String STARTUP = "start-up";
    /** The warm-up article: long enough for the JIT to compile the hot paths of every stage. */
    private static final int WARM_UP_WORDS = 3000;

    private final NarratorConfig config;
    private final Settings settings;
    private final PrintStream log;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Bench(NarratorConfig config, Settings settings, PrintStream log) {
        this.config = config;
        this.settings = settings;
        this.log = log;
    }

    public BenchReport run() throws Exception {
        Instant started = Instant.now();
        List<Double> loadBefore = LoadAverage.now();
        Path work = Files.createTempDirectory("narrator-bench-");
        try {
            if (settings.sections().contains(Section.ENGINE)) {
                engine(work.resolve("engine"));
            }
            if (settings.sections().contains(Section.CORES) || settings.sections().contains(Section.PEER)) {
                batch(work.resolve("batch"));
            }
            if (settings.sections().contains(Section.MEMORY)) {
                memory(work.resolve("memory"));
            }
            if (settings.sections().contains(Section.STARTUP)) {
                startup(work.resolve("startup"));
            }
            if (settings.sections().contains(Section.WATERMARK)) {
                new WatermarkBench(config, work.resolve("watermark"), log, settings.excerpts(), settings.clips())
                        .run(figures, notes);
            }
            if (settings.sections().contains(Section.BACKFILL)) {
                backfill(work.resolve("backfill"));
            }
            if (settings.sections().contains(Section.NETWORK)) {
                figures.addAll(new NetworkBench(config, settings.batchSize(), settings.pageDelay(), settings.runs(), log)
                        .run(work.resolve("network")));
            }
        } finally {
            FileUtils.deleteQuietly(work.toFile());
        }
        double minutes = ChronoUnit.SECONDS.between(started, Instant.now()) / 60.0;
        return new BenchReport(NarratorVersion.productToken(), GitCommit.describe(), started.toString(), minutes,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), ChildJvm.ownHeapOptions(), loadBefore, LoadAverage.now(),
                settings.runs(), figures, notes);
    }

    // ---- a long backfill: does an article cost the same at the end as at the start? ----

    private void backfill(Path dir) throws Exception {
        int count = settings.backfill();
        BackfillProbe.Result result = new BackfillBench(new ChildJvm(), log).run(count, dir, figures);
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path plot = BackfillPlot.write(result, "Backfill of " + count + " articles of " + BackfillProbe.WORDS + " words, "
                + GitCommit.describe(), settings.plotDir().resolve("backfill-" + count + "-" + stamp + ".png"));
        Path curve = BackfillPlot.writeCsv(result, settings.plotDir().resolve("backfill-" + count + "-" + stamp + ".csv"));
        notes.add("backfill plot: " + plot.toAbsolutePath() + ", curve: " + curve.toAbsolutePath());
        log.println("backfill plot: " + plot.toAbsolutePath() + ", curve: " + curve.toAbsolutePath());
    }

    // ---- engine limit vs pipeline, and the encoder's share ----

    private void engine(Path dir) throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(config.extractorSettings());
        ScriptWriter writer = new ScriptWriter(config.scriptSettings());
        int quality = Mp3Encoder.DEFAULT_QUALITY;
        boolean compare = settings.compareQuality() >= 0 && settings.compareQuality() != quality;
        int encoderWords = settings.words().get(settings.words().size() / 2);
        Path pages = Files.createDirectories(dir.resolve("pages"));
        List<List<Run[]>> results = new ArrayList<>(); // per size, per run: limit, pipeline, compared limit, speech alone
        settings.words().forEach(words -> results.add(new ArrayList<>()));
        WatermarkKey mark = Stages.watermarkKey(config);
        try (EngineLimit limit = new EngineLimit(config.voiceSettings(), config.mp3BitrateKbps(), quality, mark);
             EngineLimit compared = compare
                     ? new EngineLimit(config.voiceSettings(), config.mp3BitrateKbps(), settings.compareQuality(), mark) : null;
             PipelineBench pipeline = new PipelineBench(config, dir.resolve("out"), 1);
             PipelineBench unmarked = new PipelineBench(config.with("narrator.watermark.enabled", "false"),
                     dir.resolve("out-unmarked"), 1)) {
            log.printf("engine: warming up on a %d-word article%n", WARM_UP_WORDS);
            NewsPageGenerator.GeneratedPage warmUp = NewsPageGenerator.page(9_999, WARM_UP_WORDS);
            Script warmUpScript = script(extractor, writer, warmUp);
            limit.narrate(warmUpScript);
            if (compared != null) {
                compared.narrate(warmUpScript);
            }
            pipeline.narrate(List.of(warmUp.writeTo(pages)));
            unmarked.narrate(List.of(warmUp.writeTo(pages)));
            for (int run = 0; run < settings.runs(); run++) {
                for (int i = 0; i < settings.words().size(); i++) {
                    int words = settings.words().get(i);
                    NewsPageGenerator.GeneratedPage page = NewsPageGenerator.page(10_000 + run * 100 + i, words);
                    Script script = script(extractor, writer, page);
                    Path file = page.writeTo(pages);
                    Run limitRun;
                    Run pipelineRun;
                    // alternate the order, so neither side always runs on a warmer or cooler machine
                    if (run % 2 == 0) {
                        limitRun = limit.narrate(script);
                        pipelineRun = pipeline.narrate(List.of(file));
                    } else {
                        pipelineRun = pipeline.narrate(List.of(file));
                        limitRun = limit.narrate(script);
                    }
                    Run comparedRun = compared != null && words == encoderWords ? compared.narrate(script) : null;
                    Run speechRun = words == encoderWords ? limit.speakOnly(script) : null;
                    Run unmarkedRun = words == encoderWords ? unmarked.narrate(List.of(file)) : null;
                    results.get(i).add(new Run[] {limitRun, pipelineRun, comparedRun, speechRun, unmarkedRun});
                    log.printf(Locale.ROOT, "engine: run %d/%d, %d words (%.0f s of audio): limit %.0fx real time"
                                    + " (%.2f s, %.2f CPU s), pipeline %.0fx (%.2f s, %.2f CPU s)%n",
                            run + 1, settings.runs(), words, limitRun.audioSeconds(), limitRun.realTime(),
                            limitRun.wallSeconds(), limitRun.cpuSeconds(), pipelineRun.realTime(), pipelineRun.wallSeconds(),
                            pipelineRun.cpuSeconds());
                }
            }
        }
        for (int i = 0; i < settings.words().size(); i++) {
            int words = settings.words().get(i);
            List<Run[]> runs = results.get(i);
            figures.add(Figure.of(ENGINE, "limit (FreeTTS into MP3, no Camel), " + words + " words", "x real time",
                    statsOf(runs, pair -> pair[0].realTime())));
            figures.add(Figure.of(ENGINE, "pipeline, 1 worker, " + words + " words", "x real time",
                    statsOf(runs, pair -> pair[1].realTime())));
            figures.add(Figure.atLeast(ENGINE, "pipeline / limit, " + words + " words", "ratio",
                    statsOf(runs, pair -> pair[1].realTime() / pair[0].realTime()), 0.9));
            // the pipeline encodes on a second thread: CPU time shows what its stages cost on top
            figures.add(Figure.of(ENGINE, "pipeline CPU / limit CPU, " + words + " words", "ratio",
                    statsOf(runs, pair -> pair[1].cpuSeconds() / pair[0].cpuSeconds())));
        }
        List<Run[]> encoderRuns = results.get(settings.words().indexOf(encoderWords));
        String at = " (q" + quality + ", " + config.mp3BitrateKbps() + " kb/s), " + encoderWords + " words";
        figures.add(Figure.of(ENCODER, "FreeTTS alone, no encoding, " + encoderWords + " words", "audio s / CPU s",
                statsOf(encoderRuns, runs -> runs[3].audioPerCpu())));
        figures.add(Figure.of(ENCODER, "MP3 encoder speed" + at, "audio s / CPU s",
                statsOf(encoderRuns, runs -> runs[0].audioSeconds() / runs[0].encodeSeconds())));
        figures.add(Figure.of(ENCODER, "encoder share of limit CPU" + at, "%",
                statsOf(encoderRuns, runs -> 100 * runs[0].encodeSeconds() / runs[0].cpuSeconds())));
        figures.add(Figure.of(ENCODER, "encoder share of pipeline CPU" + at, "%",
                statsOf(encoderRuns, runs -> 100 * runs[0].encodeSeconds() / runs[1].cpuSeconds())));
        figures.add(Figure.of(ENCODER, "limit" + at, "audio s / CPU s",
                statsOf(encoderRuns, runs -> runs[0].audioPerCpu())));
        if (mark != null) {
            figures.add(Figure.atMost(ENCODER, "watermark share of pipeline CPU, " + encoderWords + " words", "%",
                    statsOf(encoderRuns, runs -> 100 * runs[0].markSeconds() / runs[1].cpuSeconds()), 10));
            figures.add(Figure.of(ENCODER, "watermark speed, " + encoderWords + " words", "audio s / CPU s",
                    statsOf(encoderRuns, runs -> runs[0].audioSeconds() / runs[0].markSeconds())));
            figures.add(Figure.of(ENCODER, "pipeline CPU with / without the watermark, " + encoderWords + " words", "ratio",
                    statsOf(encoderRuns, runs -> (runs[1].cpuSeconds() / runs[1].audioSeconds())
                            / (runs[4].cpuSeconds() / runs[4].audioSeconds()))));
        }
        if (compare) {
            String before = " (q" + settings.compareQuality() + ", " + config.mp3BitrateKbps() + " kb/s), " + encoderWords + " words";
            figures.add(Figure.of(ENCODER, "MP3 encoder speed" + before, "audio s / CPU s",
                    statsOf(encoderRuns, runs -> runs[2].audioSeconds() / runs[2].encodeSeconds())));
            figures.add(Figure.of(ENCODER, "limit" + before, "audio s / CPU s",
                    statsOf(encoderRuns, runs -> runs[2].audioPerCpu())));
        }
    }

    private static Script script(ArticleExtractor extractor, ScriptWriter writer, NewsPageGenerator.GeneratedPage page)
            throws ExtractionException {
        return writer.write(extractor.extract(page.html(), page.url()));
    }

    // ---- the batch: one worker, two workers, and the do-it-yourself peer ----

    private void batch(Path dir) throws Exception {
        Path pagesDir = Files.createDirectories(dir.resolve("pages"));
        List<Path> pages = new ArrayList<>();
        for (int number = 1; number <= settings.batchSize(); number++) {
            pages.add(NewsPageGenerator.page(number, BatchArticles.words(number)).writeTo(pagesDir));
        }
        int words = 0;
        for (int number = 1; number <= settings.batchSize(); number++) {
            words += BatchArticles.words(number);
        }
        String batch = settings.batchSize() + " articles";
        log.printf("batch: %d articles, %d words%n", settings.batchSize(), words);
        List<Double> one = new ArrayList<>();
        List<Double> oneInline = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        // CPU per article barely moves with the machine's other load, where articles a minute do
        List<Double> cpuPerArticle = new ArrayList<>();
        List<Double> peer = new ArrayList<>();
        Optional<PeerPipeline> peerPipeline = settings.sections().contains(Section.PEER)
                ? PeerPipeline.find(settings.peerHome(), dir) : Optional.empty();
        if (settings.sections().contains(Section.PEER) && peerPipeline.isEmpty()) {
            notes.add(PeerPipeline.NOT_AVAILABLE);
            log.println(PeerPipeline.NOT_AVAILABLE);
        }
        boolean cores = settings.sections().contains(Section.CORES);
        // one worker with its encoder thread, one encoding inline (what a second worker is measured
        // against: a worker's own scaling), two workers (both cores busy, so encoding inline)
        List<BatchSetup> setups = List.of(new BatchSetup(1, "auto", one), new BatchSetup(1, "off", oneInline),
                new BatchSetup(2, "auto", two));
        for (int run = 0; run < settings.runs(); run++) {
            if (cores) {
                // rotate the order, so no set-up always meets the same background load
                for (int i = 0; i < setups.size(); i++) {
                    BatchSetup setup = setups.get((i + run) % setups.size());
                    Path out = dir.resolve("out-" + run + "-" + i);
                    Run result;
                    try (PipelineBench pipeline = new PipelineBench(
                            config.with("narrator.mp3.encoder-thread", setup.encoderThread()), out, setup.workers())) {
                        result = pipeline.narrate(pages);
                    }
                    FileUtils.deleteQuietly(out.toFile());
                    setup.perMinute().add(pages.size() / (result.wallSeconds() / 60));
                    if (setup.workers() == 1 && setup.encoderThread().equals("off")) {
                        cpuPerArticle.add(result.cpuSeconds() * 1000 / pages.size());
                    }
                    log.printf(Locale.ROOT, "cores: run %d/%d, %d worker(s), encoder thread %s: %.1f articles/min (%.0fx real time)%n",
                            run + 1, settings.runs(), setup.workers(), setup.encoderThread(),
                            pages.size() / (result.wallSeconds() / 60), result.realTime());
                }
            }
            if (peerPipeline.isPresent()) {
                Path out = dir.resolve("peer-out-" + run);
                double wall = peerPipeline.get().narrate(pagesDir, out, pages.size());
                FileUtils.deleteQuietly(out.toFile());
                peer.add(pages.size() / (wall / 60));
                log.printf(Locale.ROOT, "peer: run %d/%d: %.1f articles/min%n", run + 1, settings.runs(), peer.get(peer.size() - 1));
            }
        }
        if (cores) {
            figures.add(Figure.of(CORES, "1 worker, " + batch, "articles/min", Stats.of(one)));
            figures.add(Figure.of(CORES, "1 worker, encoder inline, " + batch, "articles/min", Stats.of(oneInline)));
            figures.add(Figure.of(CORES, "2 workers, " + batch, "articles/min", Stats.of(two)));
            figures.add(Figure.atLeast(CORES, "2 workers / 1 worker encoding inline", "ratio", ratios(two, oneInline), 1.8));
            figures.add(Figure.of(CORES, "2 workers / 1 worker", "ratio", ratios(two, one)));
            figures.add(Figure.of(CORES, "CPU per article, 1 worker encoding inline", "CPU ms", Stats.of(cpuPerArticle)));
        }
        if (!peer.isEmpty()) {
            figures.add(Figure.of(PEER, "readability + espeak-ng + lame, 2 at a time, " + batch, "articles/min",
                    Stats.of(peer)));
            if (cores) {
                figures.add(Figure.atLeast(PEER, "Narrator (2 workers) / peer", "ratio", ratios(two, peer), 1.0));
            }
        }
    }

    /** One way to run the batch, and its articles per minute run by run. */
    private record BatchSetup(int workers, String encoderThread, List<Double> perMinute) {
    }

    /** Run-by-run ratios: each pair was measured in the same round, under the same load. */
    private static Stats ratios(List<Double> numerators, List<Double> denominators) {
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < numerators.size(); run++) {
            ratios.add(numerators.get(run) / denominators.get(run));
        }
        return Stats.of(ratios);
    }

    // ---- memory: one article per fresh JVM ----

    private void memory(Path dir) throws Exception {
        int shortest = settings.words().get(0);
        int longest = settings.words().get(settings.words().size() - 1);
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path shortPage = NewsPageGenerator.page(20_001, shortest).writeTo(pages);
        Path longPage = NewsPageGenerator.page(20_002, longest).writeTo(pages);
        List<ChildJvm> jvms = new ArrayList<>();
        ChildJvm launcher = new ChildJvm();
        jvms.add(launcher);
        if (!settings.compareHeap().isEmpty() && !settings.compareHeap().equals(ChildJvm.heapOnly(launcher.jvmOptions()))) {
            jvms.add(launcher.withHeap(settings.compareHeap()));
        }
        List<List<MemoryProbe.Result>> shortRuns = new ArrayList<>();
        List<List<MemoryProbe.Result>> longRuns = new ArrayList<>();
        jvms.forEach(jvm -> {
            shortRuns.add(new ArrayList<>());
            longRuns.add(new ArrayList<>());
        });
        for (int run = 0; run < settings.runs(); run++) {
            // heap settings take turns, so neither always meets the same background load
            for (int j = 0; j < jvms.size(); j++) {
                shortRuns.get(j).add(probe(jvms.get(j), shortPage, dir.resolve("out-" + run + "-" + j + "-short")));
                longRuns.get(j).add(probe(jvms.get(j), longPage, dir.resolve("out-" + run + "-" + j + "-long")));
                log.printf(Locale.ROOT, "memory: run %d/%d, %s: peak RSS %.0f MiB (%d words), %.0f MiB (%d words)%n",
                        run + 1, settings.runs(), heap(jvms.get(j)), mib(shortRuns.get(j).get(run).peakRssBytes()), shortest,
                        mib(longRuns.get(j).get(run).peakRssBytes()), longest);
            }
        }
        for (int j = 0; j < jvms.size(); j++) {
            String at = ", " + heap(jvms.get(j));
            List<MemoryProbe.Result> shorts = shortRuns.get(j);
            List<MemoryProbe.Result> longs = longRuns.get(j);
            figures.add(Figure.of(MEMORY, "peak RSS, " + shortest + " words" + at, "MiB",
                    statsOf(shorts, result -> mib(result.peakRssBytes()))));
            figures.add(Figure.of(MEMORY, "peak RSS, " + longest + " words" + at, "MiB",
                    statsOf(longs, result -> mib(result.peakRssBytes()))));
            List<Double> ratios = new ArrayList<>();
            for (int run = 0; run < settings.runs(); run++) {
                ratios.add((double) longs.get(run).peakRssBytes() / shorts.get(run).peakRssBytes());
            }
            figures.add(Figure.atMost(MEMORY, "peak RSS " + longest + " / " + shortest + " words" + at, "ratio",
                    Stats.of(ratios), 1.2));
            figures.add(Figure.of(MEMORY, "peak heap used, " + shortest + " words" + at, "MiB",
                    statsOf(shorts, result -> mib(result.peakHeapBytes()))));
            figures.add(Figure.of(MEMORY, "peak heap used, " + longest + " words" + at, "MiB",
                    statsOf(longs, result -> mib(result.peakHeapBytes()))));
            figures.add(Figure.of(MEMORY, "narration of " + longest + " words, cold JVM" + at, "x real time",
                    statsOf(longs, result -> result.audioSeconds() / result.wallSeconds())));
        }
    }

    private static String heap(ChildJvm jvm) {
        List<String> heapOptions = ChildJvm.heapOnly(jvm.jvmOptions());
        return heapOptions.isEmpty() ? "JVM default heap" : String.join(" ", heapOptions);
    }

    private static MemoryProbe.Result probe(ChildJvm jvm, Path page, Path out) throws IOException, InterruptedException {
        String output = jvm.run(MemoryProbe.class.getName(), List.of(page.toString(), out.toString()));
        FileUtils.deleteQuietly(out.toFile());
        String[] lines = output.strip().split("\n");
        return MemoryProbe.parse(lines[lines.length - 1]);
    }

    // ---- start-up: narrator convert in a cold JVM ----

    private void startup(Path dir) throws Exception {
        int shortest = settings.words().get(0);
        Path page = NewsPageGenerator.page(30_001, shortest).writeTo(Files.createDirectories(dir.resolve("pages")));
        ChildJvm jvm = new ChildJvm();
        Path launcher = StartupProbe.launcher();
        log.println("start-up: " + (launcher != null ? "through " + launcher : "java directly, with this JVM's heap and class-data options"));
        List<StartupProbe.Result> runs = new ArrayList<>();
        for (int run = 0; run < settings.runs(); run++) {
            Path out = dir.resolve("out-" + run);
            runs.add(StartupProbe.run(launcher, jvm, page, out));
            FileUtils.deleteQuietly(out.toFile());
            log.printf(Locale.ROOT, "start-up: run %d/%d: first MP3 byte after %.2f s (%.2f CPU s), done after %.2f s%n",
                    run + 1, settings.runs(), runs.get(run).firstAudioSeconds(), runs.get(run).firstAudioCpuSeconds(),
                    runs.get(run).wallSeconds());
        }
        String command = "narrator convert, " + shortest + "-word article, cold JVM";
        figures.add(Figure.atMost(STARTUP, command + ": first MP3 byte", "s",
                statsOf(runs, StartupProbe.Result::firstAudioSeconds), 1.5));
        figures.add(Figure.of(STARTUP, command + ": CPU time to the first MP3 byte", "CPU s",
                statsOf(runs, StartupProbe.Result::firstAudioCpuSeconds)));
        figures.add(Figure.of(STARTUP, command + ": whole command", "s", statsOf(runs, StartupProbe.Result::wallSeconds)));
    }

    private static <T> Stats statsOf(List<T> runs, ToDoubleFunction<T> measure) {
        return Stats.of(runs.stream().map(measure::applyAsDouble).toList());
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
