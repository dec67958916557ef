package io.github.narrator.watermark;

/**
 * The detector's first step: flattens the speech so that it hides the mark less. Each 32 ms frame's
 * spectrum is divided by its local power (averaged over nine neighbouring bins) and weighted by the
 * frame's level, which is the locally optimal detector for a mark that follows the speech's envelope
 * in Gaussian noise; bins outside the mark's band are dropped. Short-time Fourier transform with a
 * square-root Hann window, overlap-add back to samples.
 */
final class Whitener {

    private static final int FRAME = 512;
    private static final int HOP = FRAME / 2;
    private static final int SMOOTH = 4;

    private final Fft fft = new Fft(FRAME);
    private final double[] window = new double[FRAME];
    private final int lowBin;
    private final int highBin;
    private final double[] re = new double[FRAME];
    private final double[] im = new double[FRAME];
    private final double[] power = new double[FRAME / 2 + 1];

    Whitener() {
        for (int i = 0; i < FRAME; i++) {
            window[i] = Math.sqrt(0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
        }
        lowBin = (int) Math.ceil(WatermarkSpec.LOW_HZ * FRAME / WatermarkSpec.SAMPLE_RATE);
        highBin = (int) Math.floor(WatermarkSpec.HIGH_HZ * FRAME / WatermarkSpec.SAMPLE_RATE);
    }

    double[] whiten(float[] samples, int from, int length) {
        double[] out = new double[length];
        for (int start = -HOP; start < length; start += HOP) {
            for (int i = 0; i < FRAME; i++) {
                int at = start + i;
                re[i] = at >= 0 && at < length ? samples[from + at] * window[i] : 0;
                im[i] = 0;
            }
            fft.forward(re, im);
            if (!weigh()) {
                continue;
            }
            fft.inverse(re, im);
            for (int i = 0; i < FRAME; i++) {
                int at = start + i;
                if (at >= 0 && at < length) {
                    out[at] += re[i] * window[i];
                }
            }
        }
        return out;
    }

    /** Replaces the frame's spectrum by its weighted version; false when the frame is silent. */
    private boolean weigh() {
        double bandPower = 0;
        for (int bin = 0; bin <= FRAME / 2; bin++) {
            power[bin] = re[bin] * re[bin] + im[bin] * im[bin];
            if (bin >= lowBin && bin <= highBin) {
                bandPower += power[bin];
            }
        }
        if (bandPower <= 0) {
            return false;
        }
        double level = Math.sqrt(bandPower / (highBin - lowBin + 1));
        double floor = 1e-9 * bandPower / (highBin - lowBin + 1);
        double[] weight = new double[FRAME / 2 + 1];
        for (int bin = lowBin; bin <= highBin; bin++) {
            double local = 0;
            int count = 0;
            for (int k = Math.max(1, bin - SMOOTH); k <= Math.min(FRAME / 2 - 1, bin + SMOOTH); k++) {
                local += power[k];
                count++;
            }
            weight[bin] = level / (local / count + floor);
        }
        for (int bin = 0; bin <= FRAME / 2; bin++) {
            double w = weight[bin];
            re[bin] *= w;
            im[bin] *= w;
            if (bin > 0 && bin < FRAME / 2) {
                re[FRAME - bin] = re[bin];
                im[FRAME - bin] = -im[bin];
            }
        }
        return true;
    }
}
