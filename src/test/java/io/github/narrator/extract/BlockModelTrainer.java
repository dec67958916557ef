package io.github.narrator.extract;

import io.github.narrator.config.NarratorConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Learns the {@link BlockModel} from the two dev corpora and says how well it generalises: pages
 * are grouped by site and cut into five folds; a model is trained on four and scores the fifth
 * with both shared metrics, so every page is scored by a model that never saw its site. Then one
 * model is trained on every page and, with {@code --write FILE}, written out.
 *
 * <pre>
 * mvn -B -q test-compile exec:exec@train-block-model           (see the README)
 * BlockModelTrainer [--extraction DIR] [--write FILE] [--threshold P] [--thresholds P,P,...]
 *                   [--trees N] [--depth D] [--rate R] [--snippet-share S] [--folds K] [--worst N]
 * </pre>
 */
public final class BlockModelTrainer {

    private Path extraction = Path.of("..", "shared", "data", "extraction");
    private Path write;
    private double threshold = 0.5;
    private double rescue = 0.5;
    private List<Double> rescues = List.of();
    private List<Double> thresholds = List.of();
    private int folds = 5;
    private int worst = 10;
    private boolean verbose;
    private boolean twoStages = true;
    private final List<String> inspect = new ArrayList<>();
    /** Where CV predictions are written ({@code news/<id>.txt}, {@code snippets/<id>.txt}), for the Python scorers. */
    private Path predictions;
    /** Features zeroed on every page before training and scoring: ablations, to see what a feature is worth. */
    private final List<Integer> without = new ArrayList<>();
    private double snippetShare = 0.5;
    private GradientBoosting.Params params = GradientBoosting.Params.standard();

    /** What one scoring of both corpora found. */
    record Figures(ExtractionScores.NewsSummary news, ExtractionScores.SnippetSummary snippets,
                   List<ExtractionScores.NewsPage> newsPages, List<ExtractionScores.SnippetPage> snippetPages) {

        @Override
        public String toString() {
            return "news " + news + " | snippets " + snippets;
        }
    }

    public static void main(String[] args) throws IOException {
        BlockModelTrainer trainer = new BlockModelTrainer();
        trainer.parse(args);
        trainer.run();
    }

    private void parse(String[] given) {
        // Maven passes its extra options as one argument, possibly empty
        String[] args = String.join(" ", given).strip().split("\\s+");
        if (args.length == 1 && args[0].isEmpty()) {
            return;
        }
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--extraction" -> extraction = Path.of(value);
                case "--write" -> write = Path.of(value);
                case "--threshold" -> threshold = Double.parseDouble(value);
                case "--rescue" -> rescue = Double.parseDouble(value);
                case "--rescues" -> rescues = java.util.Arrays.stream(value.split(",")).map(Double::valueOf).toList();
                case "--thresholds" -> thresholds = java.util.Arrays.stream(value.split(",")).map(Double::valueOf).toList();
                case "--folds" -> folds = Integer.parseInt(value);
                case "--worst" -> worst = Integer.parseInt(value);
                case "--inspect" -> inspect.add(value);
                case "--one-stage" -> {
                    twoStages = false;
                    i--;
                }
                case "--predictions" -> predictions = Path.of(value);
                case "--without" -> java.util.Arrays.stream(value.split(","))
                        .forEach(name -> without.add(BlockFeatures.Feature.valueOf(name).ordinal()));
                case "--verbose" -> {
                    verbose = true;
                    i--;
                }
                case "--snippet-share" -> snippetShare = Double.parseDouble(value);
                case "--trees" -> params = new GradientBoosting.Params(Integer.parseInt(value), params.depth(), params.rate(),
                        params.lambda(), params.minChildWeight(), params.rowSample(), params.seed());
                case "--depth" -> params = new GradientBoosting.Params(params.trees(), Integer.parseInt(value), params.rate(),
                        params.lambda(), params.minChildWeight(), params.rowSample(), params.seed());
                case "--rate" -> params = new GradientBoosting.Params(params.trees(), params.depth(), Double.parseDouble(value),
                        params.lambda(), params.minChildWeight(), params.rowSample(), params.seed());
                case "--min-child" -> params = new GradientBoosting.Params(params.trees(), params.depth(), params.rate(),
                        params.lambda(), Double.parseDouble(value), params.rowSample(), params.seed());
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see the class comment)");
            }
            i++;
        }
    }

    private void run() throws IOException {
        if (!TrainingCorpus.present(extraction)) {
            throw new IOException("no dev corpora under " + extraction.toAbsolutePath());
        }
        long start = System.nanoTime();
        List<TrainingCorpus.Page> pages = TrainingCorpus.load(extraction);
        for (TrainingCorpus.Page page : pages) {
            if (page.analysis() != null) {
                for (float[] row : page.analysis().features()) {
                    without.forEach(feature -> row[feature] = 0);
                }
            }
        }
        System.out.printf(Locale.ROOT, "read %d pages in %.1f s; %s%n", pages.size(), (System.nanoTime() - start) / 1e9, params);

        BlockModel heuristic = heuristicModel();
        Figures alone = score(pages, p -> true, heuristic, predictions == null ? null : predictions.resolve("heuristic"));
        System.out.println("heuristic judges alone (no learning): " + alone);
        if (verbose) {
            printWorst(alone);
        }

        List<double[]> tried = new ArrayList<>();
        for (double t : thresholds.isEmpty() ? List.of(threshold) : thresholds) {
            for (double r : rescues.isEmpty() ? List.of(rescue) : rescues) {
                tried.add(new double[] {t, Math.min(t, r)});
            }
        }
        List<List<ExtractionScores.NewsPage>> news = new ArrayList<>();
        List<List<ExtractionScores.SnippetPage>> snippets = new ArrayList<>();
        tried.forEach(t -> {
            news.add(new ArrayList<>());
            snippets.add(new ArrayList<>());
        });
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            BlockModel model = train(pages, p -> fold(p) != held, List.of());
            for (String id : inspect) {
                pages.stream().filter(p -> fold(p) == held && p.id().startsWith(id))
                        .forEach(p -> inspect(p, model.withThresholds(threshold, Math.min(threshold, rescue))));
            }
            for (int i = 0; i < tried.size(); i++) {
                boolean chosen = tried.get(i)[0] == threshold && tried.get(i)[1] == Math.min(threshold, rescue);
                Figures figures = score(pages, p -> fold(p) == held, model.withThresholds(tried.get(i)[0], tried.get(i)[1]),
                        predictions == null || !chosen ? null : predictions.resolve("cv"));
                news.get(i).addAll(figures.newsPages());
                snippets.get(i).addAll(figures.snippetPages());
            }
        }
        Figures cv = null;
        for (int i = 0; i < tried.size(); i++) {
            Figures figures = new Figures(ExtractionScores.summarise(news.get(i)),
                    ExtractionScores.summariseSnippets(snippets.get(i)), news.get(i), snippets.get(i));
            System.out.printf(Locale.ROOT, "site-grouped %d-fold CV, threshold %.2f rescue %.2f: %s%n", folds,
                    tried.get(i)[0], tried.get(i)[1], figures);
            if (tried.get(i)[0] == threshold && tried.get(i)[1] == Math.min(threshold, rescue)) {
                cv = figures;
            }
        }
        if (cv == null) {
            return;
        }
        printWorst(cv);
        String cvLine = String.format(Locale.ROOT, "site-grouped %d-fold cross-validation: %s", folds, cv);
        BlockModel model = train(pages, p -> true, List.of(
                "Narrator block model: gradient-boosted trees over BlockFeatures, trained by BlockModelTrainer",
                String.format(Locale.ROOT, "on %d pages of the news and snippet dev corpora; %s", pages.size(), params),
                cvLine));
        Figures dev = score(pages, p -> true, model);
        System.out.println("trained on every page, scored on them (not a generalisation figure): " + dev);
        if (verbose) {
            printWorst(dev);
        }
        for (String id : inspect) {
            pages.stream().filter(p -> p.id().startsWith(id)).forEach(p -> inspect(p, model));
        }
        if (write != null) {
            Path partial = write.resolveSibling(write.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                model.write(out);
            }
            Files.move(partial, write, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("wrote " + write + " (" + Files.size(write) + " bytes)");
        }
        System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The folds hold whole sites: a page's fold follows from its site alone. */
    private int fold(TrainingCorpus.Page page) {
        return Math.floorMod(page.group().hashCode() * 0x9E3779B1, folds);
    }

    /** A model that keeps what the heuristic judges keep: the extractor before learning. */
    private static BlockModel heuristicModel() {
        int feature = BlockFeatures.Feature.FILTER_KEEPS.ordinal();
        BlockModel.Tree tree = new BlockModel.Tree(new int[] {feature, -1, -1}, new float[] {0.5f, 0, 0},
                new int[] {1, 0, 0}, new int[] {2, 0, 0}, new float[] {0, -5, 5});
        return new BlockModel(new BlockModel.Ensemble(0, List.of(tree)), null, 0.5, 0.5, List.of());
    }

    /**
     * The first stage learns from the pages' block features. The second learns from those plus
     * what a first stage made of each block's surroundings; so that it learns from first-stage
     * figures as good as those it will meet on new sites, they come from first stages trained on
     * other sites of the training pages (inner folds).
     */
    private BlockModel train(List<TrainingCorpus.Page> pages, Predicate<TrainingCorpus.Page> use, List<String> comments) {
        List<TrainingCorpus.Page> training = pages.stream()
                .filter(p -> use.test(p) && p.analysis() != null && !p.analysis().ruled()).toList();
        BlockModel.Ensemble first = trainStage(training, p -> p.analysis().features());
        if (!twoStages) {
            return new BlockModel(first, null, threshold, rescue, comments);
        }
        java.util.Map<TrainingCorpus.Page, double[]> outOfFold = new java.util.IdentityHashMap<>();
        for (int inner = 0; inner < INNER_FOLDS; inner++) {
            int held = inner;
            BlockModel.Ensemble partial = trainStage(training.stream().filter(p -> innerFold(p) != held).toList(),
                    p -> p.analysis().features());
            BlockModel probe = new BlockModel(partial, null, threshold, rescue, List.of());
            training.stream().filter(p -> innerFold(p) == held)
                    .forEach(p -> outOfFold.put(p, probe.firstStage(p.analysis().features())));
        }
        BlockModel.Ensemble second = trainStage(training, p -> ContextFeatures.rows(p.analysis(), outOfFold.get(p)));
        return new BlockModel(first, second, threshold, rescue, comments);
    }

    private static final int INNER_FOLDS = 4;

    private static int innerFold(TrainingCorpus.Page page) {
        return Math.floorMod(page.group().hashCode() * 0x85EBCA6B + 0x27D4EB2F, INNER_FOLDS);
    }

    /** Trains one stage on the labelled blocks of the pages, with the rows {@code rowsOf} gives. */
    private BlockModel.Ensemble trainStage(List<TrainingCorpus.Page> pages,
                                           java.util.function.Function<TrainingCorpus.Page, float[][]> rowsOf) {
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        double newsWeight = 0;
        double snippetWeight = 0;
        for (TrainingCorpus.Page page : pages) {
            float[][] features = rowsOf.apply(page);
            for (int i = 0; i < page.labels().length; i++) {
                float label = page.labels()[i];
                if (Float.isNaN(label)) {
                    continue;
                }
                double weight;
                if (page.kind() == TrainingCorpus.Kind.NEWS) {
                    int shingles = Math.max(1, ExtractionScores.tokens(page.analysis().blocks().get(i).text).size() - 3);
                    weight = (shingles + 1.0) / (page.truthShingles() + 20.0);
                    newsWeight += weight;
                } else {
                    weight = -1;
                    snippetWeight += 1;
                }
                rows.add(features[i]);
                labels.add(label);
                weights.add((float) weight);
            }
        }
        double snippetScale = snippetWeight == 0 ? 0 : newsWeight * snippetShare / (1 - snippetShare) / snippetWeight;
        float[][] x = rows.toArray(new float[0][]);
        float[] y = new float[x.length];
        float[] w = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = labels.get(i);
            float weight = weights.get(i);
            w[i] = weight < 0 ? (float) snippetScale : weight;
        }
        return GradientBoosting.train(x, y, w, params);
    }

    private Figures score(List<TrainingCorpus.Page> pages, Predicate<TrainingCorpus.Page> use, BlockModel model) {
        return score(pages, use, model, null);
    }

    private Figures score(List<TrainingCorpus.Page> pages, Predicate<TrainingCorpus.Page> use, BlockModel model,
                          Path folder) {
        ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings().forBenchmark(), model);
        List<ExtractionScores.NewsPage> news = new ArrayList<>();
        List<ExtractionScores.SnippetPage> snippets = new ArrayList<>();
        for (TrainingCorpus.Page page : pages) {
            if (!use.test(page)) {
                continue;
            }
            String text = predict(extractor, page);
            if (folder != null) {
                Path file = folder.resolve(page.kind() == TrainingCorpus.Kind.NEWS ? "news" : "snippets")
                        .resolve(page.id() + ".txt");
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            if (page.kind() == TrainingCorpus.Kind.NEWS) {
                news.add(ExtractionScores.news(page.id(), page.truth(), text));
            } else {
                snippets.add(ExtractionScores.snippets(page.id(), page.with(), page.without(), text));
            }
        }
        return new Figures(ExtractionScores.summarise(news), ExtractionScores.summariseSnippets(snippets), news, snippets);
    }

    static String predict(ArticleExtractor extractor, TrainingCorpus.Page page) {
        if (page.analysis() == null) {
            return "";
        }
        try {
            return extractor.extract(page.analysis()).bodyText();
        } catch (ExtractionException e) {
            return "";
        }
    }

    /** Every block of one page: label, probability, whether the heuristic keeps it, and its start. */
    private static void inspect(TrainingCorpus.Page page, BlockModel model) {
        System.out.println("page " + page.id() + " " + page.url());
        if (page.analysis() == null) {
            System.out.println("  (unreadable)");
            return;
        }
        int filter = BlockFeatures.Feature.FILTER_KEEPS.ordinal();
        double[] probabilities = model.probabilities(page.analysis());
        for (TextBlock block : page.analysis().blocks()) {
            float[] row = page.analysis().features()[block.index];
            double p = probabilities[block.index];
            float label = page.labels()[block.index];
            String text = block.text.length() > 90 ? block.text.substring(0, 90) + "…" : block.text;
            System.out.printf(Locale.ROOT, "  %4d %s p=%.2f %s h=%d %-10s %s%n", block.index,
                    Float.isNaN(label) ? "?" : label > 0 ? "+" : "-", p, p >= model.threshold() ? "KEEP" : "    ",
                    (int) row[filter], block.tag, text);
        }
    }

    private void printWorst(Figures figures) {
        System.out.println("worst news pages:");
        figures.newsPages().stream().sorted(Comparator.comparingDouble(ExtractionScores.NewsPage::f1)).limit(worst)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %s f1=%.3f P=%s R=%.3f%n", p.id(), p.f1(),
                        p.precision() == null ? "empty" : String.format(Locale.ROOT, "%.3f", p.precision()), p.recall()));
        System.out.println("worst snippet pages:");
        figures.snippetPages().stream()
                .sorted(Comparator.comparingInt((ExtractionScores.SnippetPage p) -> -(p.misses() + p.leaks())))
                .limit(worst)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %s missed=%d leaked=%d%s%n", p.id(), p.misses(), p.leaks(),
                        p.empty() ? " EMPTY" : ""));
    }
}
