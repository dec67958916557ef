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
    /** A gain this close to 1 is 1: a millionth of the quietest step a 16-bit sample can take. */
    private static final double RELEASED = 1e-6 / 32768;

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
    /** How many of those minima are below 1: at none, their sum is set back to exactly LOOK_AHEAD. */
    private int windowMinimaBelowOne;
    /**
     * Nothing is being limited: the queue holds one gain of 1, every window minimum is 1 and the
     * gain is 1. Most of a narration is, and a sample that needs no gain then needs no bookkeeping.
     */
    private boolean idle = true;
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
            double peak = peakWindow.maxAbsBound() * TruePeak.MAX_OVERSHOOT <= ceiling ? 0 : peakWindow.truePeak();
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
        long sample = index - LOOK_AHEAD + 1;
        if (idle && gainNeeded == 1) {
            minimumAt[slot(0)] = index;
            if (sample >= 0) {
                release(1);
                if (sample < toLetOut) {
                    out.sample(held[(int) (sample & HELD_MASK)] * gain);
                }
            }
            return;
        }
        while (minimaCount > 0 && minimum[slot(minimaCount - 1)] >= gainNeeded) {
            minimaCount--;
        }
        minimumAt[slot(minimaCount)] = index;
        minimum[slot(minimaCount)] = gainNeeded;
        minimaCount++;
        // the window starting at this sample is complete (before the first sample, the part of it that exists)
        while (minimumAt[slot(0)] < sample) {
            minimaHead = (minimaHead + 1) & MINIMA_MASK;
            minimaCount--;
        }
        int window = (int) (sample & (LOOK_AHEAD - 1)); // floorMod, negative samples included
        double windowMinimum = minimum[slot(0)];
        windowMinimaBelowOne += (windowMinimum < 1 ? 1 : 0) - (windowMinima[window] < 1 ? 1 : 0);
        windowMinimaSum = windowMinimaBelowOne == 0 ? LOOK_AHEAD : windowMinimaSum + windowMinimum - windowMinima[window];
        windowMinima[window] = windowMinimum;
        idle = windowMinimaBelowOne == 0 && minimaCount == 1;
        if (sample < 0) {
            return;
        }
        release(Math.min(1, windowMinimaSum / LOOK_AHEAD));
        if (sample < toLetOut) {
            out.sample(held[(int) (sample & HELD_MASK)] * gain);
        }
    }

    /** Lowers the gain at once to the eased gain below it, or lets it rise toward the eased gain above it. */
    private void release(double eased) {
        if (eased < gain) {
            gain = eased;
        } else if (gain != eased) {
            gain += (eased - gain) * release;
            if (eased == 1 && gain > 1 - RELEASED) {
                gain = 1; // the release only nears 1; this close, the gain is 1 for 16-bit samples
            }
        }
    }

    private int slot(int position) {
        return (minimaHead + position) & MINIMA_MASK;
    }
}
