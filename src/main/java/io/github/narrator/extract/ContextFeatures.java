package io.github.narrator.extract;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the first stage of the {@link BlockModel} made of a block's surroundings: its neighbours,
 * the blocks that share its parent element, and where the page's likely article text lies. The
 * second stage reads these after the block's own {@link BlockFeatures}, so that it can keep a
 * short table row or list item amid kept paragraphs and drop a paragraph stranded far from them.
 */
final class ContextFeatures {

    enum Feature {
        P, PREV_P, NEXT_P, MEAN_P_BEFORE, MEAN_P_AFTER, MAX_P_BEFORE, MAX_P_AFTER,
        PARENT_MEAN_P, PARENT_MAX_P, GRANDPARENT_MEAN_P, GRANDPARENT_MAX_P,
        INSIDE_KEPT_SPAN, KEPT_BEFORE_SHARE, PREV_KEPT_DISTANCE, NEXT_KEPT_DISTANCE, PAGE_KEPT_SHARE, PAGE_MAX_P,
        KEPT_CHARS_SHARE
    }

    static final Feature[] FEATURES = Feature.values();
    /** Width of a second-stage row: the block features, then these. */
    static final int WIDTH = BlockFeatures.COUNT + FEATURES.length;

    private static final int NEAR = 3;
    private static final double KEPT = 0.5;
    private static final int FAR = 50;

    private ContextFeatures() {
    }

    /**
     * @param p the first stage's probability per block
     * @return one second-stage row per block
     */
    static float[][] rows(PageAnalysis page, double[] p) {
        return rows(page, p, null);
    }

    /** @param wanted the blocks a row is made for (null: all); the others' rows are null */
    static float[] @Nullable [] rows(PageAnalysis page, double[] p, boolean @Nullable [] wanted) {
        float[][] features = page.features();
        int n = features.length;
        float[] @Nullable [] rows = new float[n][];
        int first = -1;
        int last = -1;
        int kept = 0;
        double max = 0;
        long keptChars = 0;
        long allChars = 0;
        for (int i = 0; i < n; i++) {
            int chars = page.blocks().get(i).chars();
            allChars += chars;
            max = Math.max(max, p[i]);
            if (p[i] >= KEPT) {
                first = first < 0 ? i : first;
                last = i;
                kept++;
                keptChars += chars;
            }
        }
        double[] parentSum = groupSums(page.parents(), p, false);
        double[] parentMax = groupSums(page.parents(), p, true);
        double[] parentCount = groupCounts(page.parents());
        double[] grandSum = groupSums(page.grandparents(), p, false);
        double[] grandMax = groupSums(page.grandparents(), p, true);
        double[] grandCount = groupCounts(page.grandparents());
        int[] previousKept = new int[n];
        int seen = -1;
        int keptSoFar = 0;
        for (int i = 0; i < n; i++) {
            previousKept[i] = seen;
            if (p[i] >= KEPT) {
                seen = i;
            }
        }
        int nextKept = -1;
        int[] followingKept = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            followingKept[i] = nextKept;
            if (p[i] >= KEPT) {
                nextKept = i;
            }
        }
        for (int i = 0; i < n; i++) {
            boolean made = wanted == null || wanted[i];
            if (!made) {
                if (p[i] >= KEPT) {
                    keptSoFar++;
                }
                continue;
            }
            float[] row = Arrays.copyOf(features[i], WIDTH);
            set(row, Feature.P, p[i]);
            set(row, Feature.PREV_P, i > 0 ? p[i - 1] : 0);
            set(row, Feature.NEXT_P, i + 1 < n ? p[i + 1] : 0);
            double before = 0;
            double beforeMax = 0;
            int beforeCount = 0;
            for (int j = Math.max(0, i - NEAR); j < i; j++) {
                before += p[j];
                beforeMax = Math.max(beforeMax, p[j]);
                beforeCount++;
            }
            double after = 0;
            double afterMax = 0;
            int afterCount = 0;
            for (int j = i + 1; j <= Math.min(n - 1, i + NEAR); j++) {
                after += p[j];
                afterMax = Math.max(afterMax, p[j]);
                afterCount++;
            }
            set(row, Feature.MEAN_P_BEFORE, beforeCount == 0 ? 0 : before / beforeCount);
            set(row, Feature.MEAN_P_AFTER, afterCount == 0 ? 0 : after / afterCount);
            set(row, Feature.MAX_P_BEFORE, beforeMax);
            set(row, Feature.MAX_P_AFTER, afterMax);
            int parent = page.parents()[i];
            set(row, Feature.PARENT_MEAN_P, parentSum[parent] / parentCount[parent]);
            set(row, Feature.PARENT_MAX_P, parentMax[parent]);
            int grandparent = page.grandparents()[i];
            set(row, Feature.GRANDPARENT_MEAN_P, grandSum[grandparent] / grandCount[grandparent]);
            set(row, Feature.GRANDPARENT_MAX_P, grandMax[grandparent]);
            set(row, Feature.INSIDE_KEPT_SPAN, first >= 0 && i >= first && i <= last ? 1 : 0);
            set(row, Feature.KEPT_BEFORE_SHARE, kept == 0 ? 0 : (double) keptSoFar / kept);
            if (p[i] >= KEPT) {
                keptSoFar++;
            }
            set(row, Feature.PREV_KEPT_DISTANCE, previousKept[i] < 0 ? FAR : Math.min(FAR, i - previousKept[i]));
            set(row, Feature.NEXT_KEPT_DISTANCE, followingKept[i] < 0 ? FAR : Math.min(FAR, followingKept[i] - i));
            set(row, Feature.PAGE_KEPT_SHARE, n == 0 ? 0 : (double) kept / n);
            set(row, Feature.PAGE_MAX_P, max);
            set(row, Feature.KEPT_CHARS_SHARE, allChars == 0 ? 0 : (double) keptChars / allChars);
            rows[i] = row;
        }
        return rows;
    }

    private static void set(float[] row, Feature feature, double value) {
        row[BlockFeatures.COUNT + feature.ordinal()] = (float) value;
    }

    private static double[] groupSums(int[] groups, double[] p, boolean max) {
        double[] sums = new double[groups.length + 1];
        for (int i = 0; i < groups.length; i++) {
            sums[groups[i]] = max ? Math.max(sums[groups[i]], p[i]) : sums[groups[i]] + p[i];
        }
        return sums;
    }

    private static double[] groupCounts(int[] groups) {
        double[] counts = new double[groups.length + 1];
        for (int group : groups) {
            counts[group]++;
        }
        return counts;
    }
}
