package io.github.narrator.watermark;

import java.util.Arrays;

/**
 * Converts a stream of samples from one rate to another with a Blackman-windowed sinc (32 zero
 * crossings each side), low-passed below the lower rate's Nyquist frequency. Fed in chunks; keeps
 * only the input it still needs.
 */
public final class Resampler {

    private static final int HALF_TAPS = 32;

    private final double step;
    private final double cutoff;
    private final int reach;
    /** The kernel at every 1/OVERSAMPLING of an input sample, from 0 to reach; linearly interpolated. */
    private final double[] table;
    private static final int OVERSAMPLING = 512;
    private float[] input = new float[8192];
    private int inputCount;
    /** Input position (in input samples, relative to input[0]) of the next output sample. */
    private double time;
    private float[] output = new float[8192];
    private int outputCount;

    public Resampler(int fromRate, int toRate) {
        this.step = (double) fromRate / toRate;
        this.cutoff = Math.min(1.0, (double) toRate / fromRate) * 0.95;
        this.reach = (int) Math.ceil(HALF_TAPS / cutoff);
        this.table = new double[reach * OVERSAMPLING + 2];
        for (int i = 0; i < table.length; i++) {
            table[i] = exactKernel((double) i / OVERSAMPLING);
        }
    }

    public void add(float[] samples, int count) {
        if (inputCount + count > input.length) {
            input = Arrays.copyOf(input, Math.max(2 * input.length, inputCount + count));
        }
        System.arraycopy(samples, 0, input, inputCount, count);
        inputCount += count;
        produce(false);
    }

    /** Everything resampled so far, the input's end included. */
    public float[] finish() {
        produce(true);
        return Arrays.copyOf(output, outputCount);
    }

    int outputCount() {
        return outputCount;
    }

    private void produce(boolean end) {
        while (end ? time < inputCount : time + reach < inputCount) {
            int centre = (int) Math.floor(time);
            double sum = 0;
            for (int i = centre - reach + 1; i <= centre + reach; i++) {
                if (i >= 0 && i < inputCount) {
                    sum += input[i] * kernel(time - i);
                }
            }
            if (outputCount == output.length) {
                output = Arrays.copyOf(output, 2 * output.length);
            }
            output[outputCount++] = (float) sum;
            time += step;
        }
        // drop the input no later output needs (the very start is kept: output time 0 looks back to it)
        int drop = (int) Math.floor(time) - reach;
        if (drop > 4096) {
            System.arraycopy(input, drop, input, 0, inputCount - drop);
            inputCount -= drop;
            time -= drop;
        }
    }

    private double kernel(double distance) {
        double at = Math.abs(distance) * OVERSAMPLING;
        int index = (int) at;
        if (index + 1 >= table.length) {
            return 0;
        }
        double fraction = at - index;
        return table[index] + (table[index + 1] - table[index]) * fraction;
    }

    private double exactKernel(double distance) {
        double x = distance * cutoff;
        if (Math.abs(x) >= HALF_TAPS) {
            return 0;
        }
        double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        double phase = Math.PI * (x / HALF_TAPS + 1);
        double window = 0.42 - 0.5 * Math.cos(phase) + 0.08 * Math.cos(2 * phase);
        return cutoff * sinc * window;
    }
}
