package io.github.narrator.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The median of several runs with their range. A benchmark on a shared machine reports the median,
 * which one disturbed run cannot move, and the min–max, which shows that a run was disturbed.
 */
public record Stats(double median, double min, double max, int runs) {

    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a run measured " + value + ": " + values);
            }
        }
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Stats(median, sorted[0], sorted[sorted.length - 1], sorted.length);
    }

    public static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }
}
