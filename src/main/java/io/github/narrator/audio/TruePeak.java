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
        double peak = Math.abs(window[from + REACH - 1]);
        for (int p = 1; p < PHASES; p++) {
            double value = 0;
            double[] c = COEFFICIENTS[p];
            for (int k = 0; k < c.length; k++) {
                value += c[k] * window[from + k];
            }
            peak = Math.max(peak, Math.abs(value));
        }
        return peak;
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
