package io.github.narrator.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;
import org.jspecify.annotations.Nullable;

/**
 * Says how likely each text block of a page is article text, in two stages of gradient-boosted
 * decision trees (summed leaves are a log-odds): the first from the block's own
 * {@link BlockFeatures}, the second from those plus {@link ContextFeatures}, what the first stage
 * made of the block's neighbours, siblings and the page (a table row amid kept paragraphs is kept;
 * a lone paragraph far from the article is not). The trees are learned from the dev corpora by the
 * training program in the test sources ({@code BlockModelTrainer}) and kept as a small text file,
 * {@value #RESOURCE}, beside this class; the file names its features, so a model trained on
 * another feature list is refused instead of misread.
 *
 * <p>File format: {@code #} comment lines, {@code features NAME...}, {@code context NAME...},
 * {@code threshold P} (the probability from which a block is kept), {@code rescue P} (the same for
 * a block the heuristic judges keep), then per stage
 * {@code stage N}, {@code bias LOGIT} and one {@code tree} line per tree, its nodes in pre-order:
 * {@code F T} (feature index, split value; rows with a value up to T go left) followed by the left
 * and the right subtree, or {@code L V} (a leaf adding V).
 */
final class BlockModel {

    static final String RESOURCE = "block-model.txt";

    /** One tree as flat arrays; a node with {@code feature < 0} is a leaf. */
    record Tree(int[] feature, float[] split, int[] left, int[] right, float[] value) {

        double eval(float[] row) {
            int node = 0;
            while (feature[node] >= 0) {
                node = row[feature[node]] <= split[node] ? left[node] : right[node];
            }
            return value[node];
        }
    }

    /**
     * Trees whose leaves add up, with the bias, to a log-odds. The trees are packed into two flat
     * arrays, as every block of every page walks all of them.
     */
    static final class Ensemble {

        private final double bias;
        private final List<Tree> trees;
        private final int[] roots;
        /** Per node: feature (negative for a leaf), left child, right child, as absolute node numbers. */
        private final int[] nodes;
        /** Per node: the split value, or the leaf's value. */
        private final float[] values;

        Ensemble(double bias, List<Tree> trees) {
            this.bias = bias;
            this.trees = List.copyOf(trees);
            int size = 0;
            for (Tree tree : trees) {
                size += tree.feature().length;
            }
            roots = new int[trees.size()];
            nodes = new int[3 * size];
            values = new float[size];
            int at = 0;
            for (int t = 0; t < trees.size(); t++) {
                Tree tree = trees.get(t);
                roots[t] = at;
                for (int i = 0; i < tree.feature().length; i++) {
                    int node = at + i;
                    nodes[3 * node] = tree.feature()[i];
                    nodes[3 * node + 1] = at + tree.left()[i];
                    nodes[3 * node + 2] = at + tree.right()[i];
                    values[node] = tree.feature()[i] >= 0 ? tree.split()[i] : tree.value()[i];
                }
                at += tree.feature().length;
            }
        }

        double bias() {
            return bias;
        }

        List<Tree> trees() {
            return trees;
        }

        double probability(float[] row) {
            double logit = bias;
            for (int root : roots) {
                int node = root;
                int feature;
                while ((feature = nodes[3 * node]) >= 0) {
                    node = row[feature] <= values[node] ? nodes[3 * node + 1] : nodes[3 * node + 2];
                }
                logit += values[node];
            }
            return 1 / (1 + Math.exp(-logit));
        }
    }

    /** The model shipped in the jar; null until {@link #standard()} first reads it. */
    private static volatile @Nullable BlockModel standard;

    private final Ensemble blocks;
    /** The second stage; null for a one-stage model. */
    private final @Nullable Ensemble context;
    private final double threshold;
    private final double rescue;
    private final List<String> comments;

    BlockModel(Ensemble blocks, @Nullable Ensemble context, double threshold, double rescue, List<String> comments) {
        this.blocks = blocks;
        this.context = context;
        this.threshold = threshold;
        this.rescue = rescue;
        this.comments = List.copyOf(comments);
    }

    /** The model shipped in the jar, read once. */
    static BlockModel standard() {
        BlockModel model = standard;
        if (model == null) {
            synchronized (BlockModel.class) {
                model = standard;
                if (model == null) {
                    try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the block model " + RESOURCE + " is missing from the classpath");
                        }
                        model = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the block model " + RESOURCE, e);
                    }
                    standard = model;
                }
            }
        }
        return model;
    }

    /** The probability from which a block is kept. */
    double threshold() {
        return threshold;
    }

    /**
     * The probability from which a block the heuristic judges keep is kept: two judges agreeing
     * need less certainty from the model (a subheading, a table row amid the text).
     */
    double rescue() {
        return rescue;
    }

    BlockModel withThresholds(double newThreshold, double newRescue) {
        return new BlockModel(blocks, context, newThreshold, newRescue, comments);
    }

    /** The probability, per block of the page, that the block is article text. */
    double[] probabilities(PageAnalysis page) {
        return probabilities(page, null);
    }

    /**
     * @param wanted the blocks whose probability is asked for (null: all); the others get 0, though
     *               the first stage still reads them all, as it judges every block's surroundings
     */
    double[] probabilities(PageAnalysis page, boolean @Nullable [] wanted) {
        float[][] features = page.features();
        double[] first = firstStage(features);
        if (context == null) {
            return first;
        }
        float[] @Nullable [] rows = ContextFeatures.rows(page, first, wanted);
        double[] second = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null) {
                second[i] = context.probability(rows[i]);
            }
        }
        return second;
    }

    double[] firstStage(float[][] features) {
        double[] p = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            p[i] = blocks.probability(features[i]);
        }
        return p;
    }

    static BlockModel read(BufferedReader reader) throws IOException {
        List<String> comments = new ArrayList<>();
        double threshold = 0.5;
        double rescue = -1;
        boolean named = false;
        List<List<Tree>> stages = new ArrayList<>();
        List<Double> biases = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            StringTokenizer tokens = new StringTokenizer(line);
            String key = tokens.nextToken();
            try {
                switch (key) {
                    case "features" -> {
                        check(tokens, BlockFeatures.FEATURES, number);
                        named = true;
                    }
                    case "context" -> check(tokens, ContextFeatures.FEATURES, number);
                    case "threshold" -> threshold = Double.parseDouble(tokens.nextToken());
                    case "rescue" -> rescue = Double.parseDouble(tokens.nextToken());
                    case "stage" -> {
                        stages.add(new ArrayList<>());
                        biases.add(0.0);
                    }
                    case "bias" -> biases.set(biases.size() - 1, Double.parseDouble(tokens.nextToken()));
                    case "tree" -> stages.get(stages.size() - 1)
                            .add(tree(tokens, stages.size() == 1 ? BlockFeatures.COUNT : ContextFeatures.WIDTH));
                    default -> throw new IOException("line " + number + ": unknown key " + key);
                }
            } catch (RuntimeException e) {
                throw new IOException("line " + number + " of the block model is malformed: " + e.getMessage(), e);
            }
        }
        if (!named || stages.isEmpty() || stages.size() > 2) {
            throw new IOException("the block model names no features or has not one or two stages");
        }
        Ensemble first = new Ensemble(biases.get(0), stages.get(0));
        Ensemble second = stages.size() == 2 ? new Ensemble(biases.get(1), stages.get(1)) : null;
        return new BlockModel(first, second, threshold, rescue < 0 ? threshold : rescue, comments);
    }

    private static void check(StringTokenizer tokens, Enum<?>[] expected, int line) throws IOException {
        List<String> names = new ArrayList<>();
        while (tokens.hasMoreTokens()) {
            names.add(tokens.nextToken());
        }
        if (!names.equals(Arrays.stream(expected).map(Enum::name).toList())) {
            throw new IOException("line " + line + ": the block model was trained on other features than "
                    + "the extractor computes; retrain it (see the README)");
        }
    }

    private static Tree tree(StringTokenizer tokens, int width) {
        List<int[]> links = new ArrayList<>();
        List<Integer> features = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        node(tokens, features, values, links);
        int n = features.size();
        int[] feature = new int[n];
        float[] split = new float[n];
        float[] value = new float[n];
        int[] left = new int[n];
        int[] right = new int[n];
        for (int i = 0; i < n; i++) {
            feature[i] = features.get(i);
            if (feature[i] >= width) {
                throw new IllegalArgumentException("feature " + feature[i] + " does not exist");
            }
            if (feature[i] >= 0) {
                split[i] = values.get(i);
                left[i] = links.get(i)[0];
                right[i] = links.get(i)[1];
            } else {
                value[i] = values.get(i);
            }
        }
        return new Tree(feature, split, left, right, value);
    }

    /** Reads one subtree in pre-order; returns its root's index. */
    private static int node(StringTokenizer tokens, List<Integer> features, List<Float> values, List<int[]> links) {
        int index = features.size();
        String head = tokens.nextToken();
        float number = Float.parseFloat(tokens.nextToken());
        int[] children = new int[2];
        links.add(children);
        if (head.equals("L")) {
            features.add(-1);
            values.add(number);
            return index;
        }
        features.add(Integer.parseInt(head));
        values.add(number);
        children[0] = node(tokens, features, values, links);
        children[1] = node(tokens, features, values, links);
        return index;
    }

    void write(Writer out) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment + "\n");
        }
        out.write(names("features", BlockFeatures.FEATURES));
        out.write(names("context", ContextFeatures.FEATURES));
        out.write(String.format(Locale.ROOT, "threshold %.4f%nrescue %.4f%n", threshold, rescue));
        write(out, 1, blocks);
        if (context != null) {
            write(out, 2, context);
        }
    }

    private static String names(String key, Enum<?>[] features) {
        StringBuilder line = new StringBuilder(key);
        for (Enum<?> feature : features) {
            line.append(' ').append(feature.name());
        }
        return line.append('\n').toString();
    }

    private static void write(Writer out, int stage, Ensemble ensemble) throws IOException {
        out.write(String.format(Locale.ROOT, "stage %d%nbias %.6f%n", stage, ensemble.bias()));
        for (Tree tree : ensemble.trees()) {
            StringBuilder line = new StringBuilder("tree");
            write(tree, 0, line);
            out.write(line.append('\n').toString());
        }
    }

    private static void write(Tree tree, int node, StringBuilder line) {
        if (tree.feature[node] < 0) {
            line.append(" L ").append(compact(tree.value[node]));
            return;
        }
        line.append(' ').append(tree.feature[node]).append(' ').append(compact(tree.split[node]));
        write(tree, tree.left[node], line);
        write(tree, tree.right[node], line);
    }

    /** Shortest decimal that reads back as the same float. */
    private static String compact(float value) {
        String text = Float.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
