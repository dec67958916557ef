package io.github.narrator.audio;

/**
 * An EBU R128 / ITU-R BS.1770-4 loudness meter for mono audio: K-weighting, 400 ms blocks every
 * 100 ms, the absolute gate at -70 LUFS and the relative gate 10 LU below; integrated loudness in
 * LUFS, and the true peak. It keeps a histogram of block loudness, not the blocks, so its memory is
 * the same for a minute or a day of audio. Samples are floats, full scale 1.0.
 */
final class LoudnessMeter {

    private static final double ABSOLUTE_GATE = -70;
    private static final double RELATIVE_GATE = -10;
    private static final double BIN_WIDTH = 0.02;
    private static final int BINS = (int) Math.round((10 - ABSOLUTE_GATE) / BIN_WIDTH);

    private final Biquad shelf;
    private final Biquad highPass;
    private final int hopSamples;
    /** Energy (sum of squares) of the last four 100 ms hops: a block is four hops. */
    private final double[] hops = new double[4];
    private int hopsSeen;
    private double hopEnergy;
    private int inHop;
    private final double[] binEnergy = new double[BINS];
    private final long[] binCount = new long[BINS];
    /** The loudest bin with a block in it: the sums stop there. */
    private int highestBin;
    private long gatedBlocks;
    private double gatedEnergy;
    private final boolean measuresPeak;
    private final PeakWindow peakWindow = new PeakWindow();
    private double truePeak;

    /** A meter of loudness and true peak. */
    LoudnessMeter(int sampleRate) {
        this(sampleRate, true);
    }

    /** @param measuresPeak false: loudness only (the true peak costs more than the loudness) */
    LoudnessMeter(int sampleRate, boolean measuresPeak) {
        this.measuresPeak = measuresPeak;
        this.hopSamples = sampleRate / 10;
        // BS.1770's K-weighting, derived for any rate from its analogue prototype (as libebur128 does)
        double k = Math.tan(Math.PI * 1681.974450955533 / sampleRate);
        double q = 0.7071752369554196;
        double vh = Math.pow(10, 3.999843853973347 / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        shelf = new Biquad((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
        k = Math.tan(Math.PI * 38.13547087602444 / sampleRate);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        highPass = new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
    }

    void add(double sample) {
        if (measuresPeak) {
            peakWindow.add(sample);
            truePeak = Math.max(truePeak, peakWindow.truePeak());
        }
        addWeighted(weigh(sample));
    }

    /** The sample K-weighted: what {@link #addWeighted} takes (a gain before the filter may as well come after it). */
    double weigh(double sample) {
        return highPass.filter(shelf.filter(sample));
    }

    /** Counts a sample that is already K-weighted. */
    void addWeighted(double weighted) {
        hopEnergy += weighted * weighted;
        if (++inHop == hopSamples) {
            endHop();
        }
    }

    /**
     * K-weights {@code count} samples into {@code weighted} (which may be {@code samples}): the
     * same as {@link #weigh(double)} on each, a block at a time so the filters' state stays in
     * registers instead of going through memory on every sample.
     */
    void weigh(double[] samples, double[] weighted, int count) {
        Biquad.cascade(shelf, highPass, samples, weighted, count);
    }

    /** Counts {@code count} K-weighted samples, each times {@code gain}: {@link #addWeighted(double)} a block at a time. */
    void addWeighted(double[] weighted, int count, double gain) {
        int at = 0;
        while (at < count) {
            int end = at + Math.min(count - at, hopSamples - inHop);
            // two running sums, so each addition need not wait for the one before
            double even = hopEnergy;
            double odd = 0;
            int i = at;
            for (; i + 1 < end; i += 2) {
                double first = weighted[i] * gain;
                double second = weighted[i + 1] * gain;
                even += first * first;
                odd += second * second;
            }
            if (i < end) {
                double last = weighted[i] * gain;
                even += last * last;
            }
            hopEnergy = even + odd;
            inHop += end - at;
            at = end;
            if (inHop == hopSamples) {
                endHop();
            }
        }
    }

    private void endHop() {
        hops[hopsSeen % 4] = hopEnergy;
        hopsSeen++;
        hopEnergy = 0;
        inHop = 0;
        if (hopsSeen >= 4) {
            double meanSquare = (hops[0] + hops[1] + hops[2] + hops[3]) / (4.0 * hopSamples);
            double loudness = loudness(meanSquare);
            if (loudness > ABSOLUTE_GATE) {
                int bin = Math.min(BINS - 1, (int) ((loudness - ABSOLUTE_GATE) / BIN_WIDTH));
                binEnergy[bin] += meanSquare;
                binCount[bin]++;
                highestBin = Math.max(highestBin, bin);
                gatedBlocks++;
                gatedEnergy += meanSquare;
            }
        }
    }

    /** How many 400 ms blocks so far were above the absolute gate (speech, not silence). */
    long blocksAboveSilence() {
        return gatedBlocks;
    }

    /** Integrated loudness so far, LUFS; -70 or below when all was silence. */
    double integratedLufs() {
        if (gatedBlocks == 0) {
            return ABSOLUTE_GATE;
        }
        double threshold = loudness(gatedEnergy / gatedBlocks) + RELATIVE_GATE;
        int first = (int) Math.max(0, Math.ceil((threshold - ABSOLUTE_GATE) / BIN_WIDTH));
        double energy = 0;
        long count = 0;
        for (int bin = first; bin <= highestBin; bin++) {
            energy += binEnergy[bin];
            count += binCount[bin];
        }
        return count == 0 ? ABSOLUTE_GATE : loudness(energy / count);
    }

    /** The highest true peak so far, dBTP. */
    double truePeakDb() {
        return TruePeak.toDb(truePeak);
    }

    private static double loudness(double meanSquare) {
        return -0.691 + 10 * Math.log10(Math.max(meanSquare, 1e-20));
    }

    /** A second-order IIR section, direct form I. */
    private static final class Biquad {

        private final double b0;
        private final double b1;
        private final double b2;
        private final double a1;
        private final double a2;
        private double x1;
        private double x2;
        private double y1;
        private double y2;

        Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }

        double filter(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }

        /**
         * {@code first} then {@code second} on each of {@code count} samples: both filters in one
         * loop, their state in locals, so each one's feedback runs while the other waits on its own.
         * The feedback terms are added last (nearest first) to keep them off the chain of dependent
         * additions; the sum differs from {@link #filter(double)}'s by rounding only.
         */
        static void cascade(Biquad first, Biquad second, double[] in, double[] out, int count) {
            double fx1 = first.x1;
            double fx2 = first.x2;
            double fy1 = first.y1;
            double fy2 = first.y2;
            double sx1 = second.x1;
            double sx2 = second.x2;
            double sy1 = second.y1;
            double sy2 = second.y2;
            for (int i = 0; i < count; i++) {
                double x = in[i];
                double f = first.b0 * x + first.b1 * fx1 + first.b2 * fx2 - first.a2 * fy2 - first.a1 * fy1;
                fx2 = fx1;
                fx1 = x;
                fy2 = fy1;
                fy1 = f;
                double y = second.b0 * f + second.b1 * sx1 + second.b2 * sx2 - second.a2 * sy2 - second.a1 * sy1;
                sx2 = sx1;
                sx1 = f;
                sy2 = sy1;
                sy1 = y;
                out[i] = y;
            }
            first.x1 = fx1;
            first.x2 = fx2;
            first.y1 = fy1;
            first.y2 = fy2;
            second.x1 = sx1;
            second.x2 = sx2;
            second.y1 = sy1;
            second.y2 = sy2;
        }
    }
}
