package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Gradient-boosted decision trees for a weighted logistic loss, written out plainly: features cut
 * into at most 64 quantile bins, trees grown level by level on gradient and hessian histograms
 * (the larger child's histogram is the parent's minus the smaller's), rows sampled per tree.
 */
final class GradientBoosting {

    /**
     * @param trees          how many trees
     * @param depth          how deep each tree grows
     * @param rate           shrinkage applied to every leaf
     * @param lambda         L2 penalty on leaf values
     * @param minChildWeight least hessian a leaf must hold
     * @param rowSample      share of rows each tree sees
     * @param seed           for the row sampling
     */
    record Params(int trees, int depth, double rate, double lambda, double minChildWeight, double rowSample, long seed) {

        static Params standard() {
            return new Params(150, 5, 0.1, 1.0, 0.5, 0.7, 7);
        }
    }

    private static final int BINS = 64;

    private final Params params;
    private final int features;
    private final int rows;
    /** Row-major bins: bins[row * features + feature]. */
    private final byte[] bins;
    /** Per feature, the upper value of each bin but the last. */
    private final float[][] cuts;
    private final float[] labels;
    private final float[] weights;
    private final double[] gradient;
    private final double[] hessian;

    private GradientBoosting(float[][] x, float[] y, float[] w, Params params) {
        this.params = params;
        this.rows = x.length;
        this.features = x.length == 0 ? 0 : x[0].length;
        this.labels = y;
        this.weights = w;
        this.cuts = new float[features][];
        this.bins = new byte[rows * features];
        this.gradient = new double[rows];
        this.hessian = new double[rows];
        for (int f = 0; f < features; f++) {
            cuts[f] = quantileCuts(x, f);
            for (int r = 0; r < rows; r++) {
                bins[r * features + f] = (byte) bin(cuts[f], x[r][f]);
            }
        }
    }

    /** Trains on rows {@code x} with labels 0/1 and weights. */
    static BlockModel.Ensemble train(float[][] x, float[] y, float[] w, Params params) {
        return new GradientBoosting(x, y, w, params).fit();
    }

    private BlockModel.Ensemble fit() {
        double positive = 0;
        double total = 0;
        for (int r = 0; r < rows; r++) {
            positive += weights[r] * labels[r];
            total += weights[r];
        }
        double prior = Math.min(0.99, Math.max(0.01, positive / total));
        double bias = Math.log(prior / (1 - prior));
        double[] logits = new double[rows];
        Arrays.fill(logits, bias);
        Random random = new Random(params.seed());
        List<BlockModel.Tree> trees = new ArrayList<>();
        for (int t = 0; t < params.trees(); t++) {
            int[] sample = sample(random);
            for (int r : sample) {
                double p = 1 / (1 + Math.exp(-logits[r]));
                gradient[r] = weights[r] * (p - labels[r]);
                hessian[r] = weights[r] * Math.max(p * (1 - p), 1e-6);
            }
            BlockModel.Tree tree = grow(sample);
            trees.add(tree);
            for (int r = 0; r < rows; r++) {
                logits[r] += evalBinned(tree, r);
            }
        }
        return new BlockModel.Ensemble(bias, trees);
    }

    private int[] sample(Random random) {
        int[] picked = new int[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (random.nextDouble() < params.rowSample()) {
                picked[n++] = r;
            }
        }
        return Arrays.copyOf(picked, n);
    }

    // ---- one tree ----

    private final List<Integer> nodeFeature = new ArrayList<>();
    private final List<Float> nodeSplit = new ArrayList<>();
    private final List<Integer> nodeBin = new ArrayList<>();
    private final List<int[]> nodeChildren = new ArrayList<>();
    private final List<Float> nodeValue = new ArrayList<>();

    private BlockModel.Tree grow(int[] sample) {
        nodeFeature.clear();
        nodeSplit.clear();
        nodeBin.clear();
        nodeChildren.clear();
        nodeValue.clear();
        build(sample, histogram(sample), 0);
        int n = nodeFeature.size();
        int[] feature = new int[n];
        float[] split = new float[n];
        int[] left = new int[n];
        int[] right = new int[n];
        float[] value = new float[n];
        int[] bin = new int[n];
        for (int i = 0; i < n; i++) {
            feature[i] = nodeFeature.get(i);
            split[i] = nodeSplit.get(i);
            left[i] = nodeChildren.get(i)[0];
            right[i] = nodeChildren.get(i)[1];
            value[i] = nodeValue.get(i);
            bin[i] = nodeBin.get(i);
        }
        lastBins = bin;
        return new BlockModel.Tree(feature, split, left, right, value);
    }

    /** The split bins of the tree just grown, to update the logits without un-binning. */
    private int[] lastBins;

    private int build(int[] rowsHere, double[] histogram, int depth) {
        int index = nodeFeature.size();
        nodeFeature.add(-1);
        nodeSplit.add(0f);
        nodeBin.add(0);
        nodeChildren.add(new int[2]);
        nodeValue.add(0f);
        double g = 0;
        double h = 0;
        for (int b = 0; b < BINS; b++) {
            g += histogram[b * 2];
            h += histogram[b * 2 + 1];
        }
        int bestFeature = -1;
        int bestBin = -1;
        double bestGain = 1e-9;
        if (depth < params.depth() && rowsHere.length >= 2) {
            double parent = g * g / (h + params.lambda());
            for (int f = 0; f < features; f++) {
                double gl = 0;
                double hl = 0;
                int base = f * BINS * 2;
                for (int b = 0; b < cuts[f].length; b++) {
                    gl += histogram[base + b * 2];
                    hl += histogram[base + b * 2 + 1];
                    double hr = h - hl;
                    if (hl < params.minChildWeight() || hr < params.minChildWeight()) {
                        continue;
                    }
                    double gr = g - gl;
                    double gain = gl * gl / (hl + params.lambda()) + gr * gr / (hr + params.lambda()) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestFeature = f;
                        bestBin = b;
                    }
                }
            }
        }
        if (bestFeature < 0) {
            nodeValue.set(index, (float) (-g / (h + params.lambda()) * params.rate()));
            return index;
        }
        int leftCount = 0;
        for (int r : rowsHere) {
            if ((bins[r * features + bestFeature] & 0xFF) <= bestBin) {
                leftCount++;
            }
        }
        int[] leftRows = new int[leftCount];
        int[] rightRows = new int[rowsHere.length - leftCount];
        int l = 0;
        int rr = 0;
        for (int r : rowsHere) {
            if ((bins[r * features + bestFeature] & 0xFF) <= bestBin) {
                leftRows[l++] = r;
            } else {
                rightRows[rr++] = r;
            }
        }
        double[] smaller = histogram(leftRows.length <= rightRows.length ? leftRows : rightRows);
        double[] larger = new double[histogram.length];
        for (int i = 0; i < larger.length; i++) {
            larger[i] = histogram[i] - smaller[i];
        }
        double[] leftHistogram = leftRows.length <= rightRows.length ? smaller : larger;
        double[] rightHistogram = leftRows.length <= rightRows.length ? larger : smaller;
        nodeFeature.set(index, bestFeature);
        nodeSplit.set(index, cuts[bestFeature][bestBin]);
        nodeBin.set(index, bestBin);
        int leftIndex = build(leftRows, leftHistogram, depth + 1);
        int rightIndex = build(rightRows, rightHistogram, depth + 1);
        nodeChildren.get(index)[0] = leftIndex;
        nodeChildren.get(index)[1] = rightIndex;
        return index;
    }

    /** Gradient and hessian sums per feature and bin: [(feature * BINS + bin) * 2 + 0|1]. */
    private double[] histogram(int[] rowsHere) {
        double[] histogram = new double[features * BINS * 2];
        for (int r : rowsHere) {
            double g = gradient[r];
            double h = hessian[r];
            int offset = r * features;
            for (int f = 0; f < features; f++) {
                int at = (f * BINS + (bins[offset + f] & 0xFF)) * 2;
                histogram[at] += g;
                histogram[at + 1] += h;
            }
        }
        return histogram;
    }

    private double evalBinned(BlockModel.Tree tree, int row) {
        int node = 0;
        int offset = row * features;
        while (tree.feature()[node] >= 0) {
            node = (bins[offset + tree.feature()[node]] & 0xFF) <= lastBins[node] ? tree.left()[node] : tree.right()[node];
        }
        return tree.value()[node];
    }

    // ---- bins ----

    private static float[] quantileCuts(float[][] x, int feature) {
        int step = Math.max(1, x.length / 200_000);
        float[] values = new float[(x.length + step - 1) / step];
        int n = 0;
        for (int r = 0; r < x.length; r += step) {
            values[n++] = x[r][feature];
        }
        values = Arrays.copyOf(values, n);
        Arrays.sort(values);
        List<Float> cuts = new ArrayList<>();
        for (int q = 1; q < BINS; q++) {
            float cut = values[(int) ((long) q * (n - 1) / BINS)];
            if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) {
                cuts.add(cut);
            }
        }
        if (!cuts.isEmpty() && cuts.get(cuts.size() - 1) >= values[n - 1]) {
            cuts.remove(cuts.size() - 1);
        }
        float[] result = new float[cuts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = cuts.get(i);
        }
        return result;
    }

    /** The first bin whose upper value holds {@code value}; the last bin holds the rest. */
    private static int bin(float[] cuts, float value) {
        int low = 0;
        int high = cuts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (value <= cuts[mid]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
