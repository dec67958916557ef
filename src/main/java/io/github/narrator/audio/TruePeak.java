package io.github.narrator.audio;

/**
 * The true peak of a sampled signal: the highest level the waveform reaches between samples as well as
 * at them, estimated as ITU-R BS.1770 does, by 4× oversampling (here a windowed-sinc interpolator
 * over {@value #REACH} samples either side). Intersample peaks of speech at 16 kHz run up to 1-2 dB
 * above the highest sample.
 */
final class TruePeak {

    /** Samples either side of an interval that the interpolation reads. */
    static final int REACH = 8;
    private static final int PHASES = 4;
    /** COEFFICIENTS[p][k]: weight of sample n + k - REACH + 1 for the value at n + p/4 (p = 1..3). */
    private static final double[][] COEFFICIENTS = coefficients();

    private TruePeak() {
    }

    /** How far the interpolation can exceed the highest sample it reads: a bound that spares computing it. */
    static final double MAX_OVERSHOOT = maxOvershoot();

    /**
     * The highest absolute level from sample {@code REACH - 1} of the window to the next sample
     * (that sample and the three points between it and the next).
     *
     * @param window {@code 2 * REACH} consecutive samples from {@code from}: the interval's sample
     *               sits at {@code from + REACH - 1}
     */
    static double ofInterval(double[] window, int from) {
        // The three phases in one pass, each summed in two halves: six independent sums keep the
        // multipliers busy where one long chain of dependent additions would wait on each other.
        double[] c1 = COEFFICIENTS[1];
        double[] c2 = COEFFICIENTS[2];
        double[] c3 = COEFFICIENTS[3];
        double a1 = 0;
        double b1 = 0;
        double a2 = 0;
        double b2 = 0;
        double a3 = 0;
        double b3 = 0;
        for (int k = 0; k < 2 * REACH; k += 2) {
            double x = window[from + k];
            double y = window[from + k + 1];
            a1 += c1[k] * x;
            b1 += c1[k + 1] * y;
            a2 += c2[k] * x;
            b2 += c2[k + 1] * y;
            a3 += c3[k] * x;
            b3 += c3[k + 1] * y;
        }
        double peak = Math.max(Math.abs(window[from + REACH - 1]), Math.abs(a1 + b1));
        return Math.max(peak, Math.max(Math.abs(a2 + b2), Math.abs(a3 + b3)));
    }

    private static double maxOvershoot() {
        double most = 1;
        for (double[] phase : COEFFICIENTS) {
            double sum = 0;
            for (double c : phase) {
                sum += Math.abs(c);
            }
            most = Math.max(most, sum);
        }
        return most;
    }

    private static double[][] coefficients() {
        double[][] c = new double[PHASES][2 * REACH];
        for (int p = 1; p < PHASES; p++) {
            double sum = 0;
            for (int k = 0; k < 2 * REACH; k++) {
                // distance from the interpolated point (n + p/4) to sample n + k - REACH + 1
                double tau = (double) p / PHASES - (k - REACH + 1);
                double sinc = Math.sin(Math.PI * tau) / (Math.PI * tau);
                double window = 0.5 * (1 + Math.cos(Math.PI * tau / (REACH + 0.5)));
                c[p][k] = sinc * window;
                sum += c[p][k];
            }
            for (int k = 0; k < 2 * REACH; k++) {
                c[p][k] /= sum;
            }
        }
        return c;
    }

    static double toDb(double linear) {
        return 20 * Math.log10(Math.max(linear, 1e-12));
    }

    static double fromDb(double db) {
        return Math.pow(10, db / 20);
    }
}
