package io.github.narrator.audio;

import java.util.Arrays;

/**
 * A look-ahead limiter that keeps the true peak (between samples too) at or under a ceiling without
 * clipping. For each sample it works out the gain that interval needs; the smallest gain needed in
 * the {@value #LOOK_AHEAD} samples ahead (4 ms at 16 kHz) is eased in over as many samples, and the
 * gain comes back up over {@code releaseSamples}. Every window a peak falls in is lowered to that
 * peak's gain, so the eased gain at the peak is never above it.
 *
 * <p>It holds {@link #delay()} samples back and, once {@link #flush} is called, has let out exactly
 * as many samples as it was given. Its memory is a few fixed buffers, whatever the length.
 */
final class TruePeakLimiter {

    /** A power of two, like the rings below: their indexes are masked, not divided, on every sample. */
    static final int LOOK_AHEAD = 64;
    /** The held signal's ring: more than {@link #delay()} samples. */
    private static final int HELD_MASK = 127;
    /** The minima's ring: room for LOOK_AHEAD + 1. */
    private static final int MINIMA_MASK = 127;

    /** Where limited samples go, one at a time, in order. */
    interface Output {
        void sample(double value);
    }

    private final double ceiling;
    private final double release;
    /** The signal, kept until it is let out. */
    private final double[] held = new double[HELD_MASK + 1];
    private final PeakWindow peakWindow = new PeakWindow();
    /** Sliding minimum of the gains needed over the look-ahead window (a queue of increasing gains). */
    private final long[] minimumAt = new long[MINIMA_MASK + 1];
    private final double[] minimum = new double[MINIMA_MASK + 1];
    private int minimaHead;
    private int minimaCount;
    /** The last LOOK_AHEAD window minima and their sum, for the eased gain. */
    private final double[] windowMinima = new double[LOOK_AHEAD];
    private double windowMinimaSum = LOOK_AHEAD;
    private long received;
    /** Samples to let out in all: unbounded until {@link #flush}. */
    private long toLetOut = Long.MAX_VALUE;
    private double gain = 1;

    /**
     * @param ceilingDb      the highest true peak let out, dBFS
     * @param releaseSamples samples the gain takes to come back up most (1 - 1/e) of the way
     */
    TruePeakLimiter(double ceilingDb, int releaseSamples) {
        this.ceiling = TruePeak.fromDb(ceilingDb);
        this.release = 1 - Math.exp(-1.0 / releaseSamples);
        Arrays.fill(windowMinima, 1);
    }

    /** Samples between a sample going in and its coming out. */
    static int delay() {
        return TruePeak.REACH + LOOK_AHEAD - 1;
    }

    void add(double sample, Output out) {
        held[(int) (received & HELD_MASK)] = sample;
        received++;
        peakWindow.add(sample);
        // the interval after sample received - REACH - 1 now has all its neighbours
        long interval = received - TruePeak.REACH - 1;
        if (interval >= 0) {
            double peak = peakWindow.maxAbs() * TruePeak.MAX_OVERSHOOT <= ceiling ? 0 : peakWindow.truePeak();
            needs(interval, peak > ceiling ? ceiling / peak : 1, out);
        }
    }

    /** Lets out every sample still held, judged as if silence followed them. */
    void flush(Output out) {
        toLetOut = received;
        for (int i = 0; i < delay(); i++) {
            add(0, out);
        }
    }

    /** Sample {@code index} needs the given gain; the sample whose look-ahead window that completes goes out. */
    private void needs(long index, double gainNeeded, Output out) {
        while (minimaCount > 0 && minimum[slot(minimaCount - 1)] >= gainNeeded) {
            minimaCount--;
        }
        minimumAt[slot(minimaCount)] = index;
        minimum[slot(minimaCount)] = gainNeeded;
        minimaCount++;
        // the window starting at this sample is complete (before the first sample, the part of it that exists)
        long sample = index - LOOK_AHEAD + 1;
        while (minimumAt[slot(0)] < sample) {
            minimaHead = (minimaHead + 1) & MINIMA_MASK;
            minimaCount--;
        }
        int window = (int) (sample & (LOOK_AHEAD - 1)); // floorMod, negative samples included
        windowMinimaSum += minimum[slot(0)] - windowMinima[window];
        windowMinima[window] = minimum[slot(0)];
        if (sample < 0) {
            return;
        }
        double eased = Math.min(1, windowMinimaSum / LOOK_AHEAD);
        gain = eased < gain ? eased : gain + (eased - gain) * release;
        if (sample < toLetOut) {
            out.sample(held[(int) (sample & HELD_MASK)] * gain);
        }
    }

    private int slot(int position) {
        return (minimaHead + position) & MINIMA_MASK;
    }
}
