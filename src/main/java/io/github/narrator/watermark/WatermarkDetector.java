package io.github.narrator.watermark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the watermark in 16 kHz audio, wherever an excerpt starts. Per window of
 * {@link #WINDOW_SECONDS} seconds: whiten ({@link Whitener}), correlate every block-long stretch with
 * the key's carrier at every lag, keep the lag where the blocks correlate most, find where the frame
 * starts from the sync symbols, fold the repetitions of the frame together and decode the few best
 * candidates. A candidate counts only when its CRC-24 checks, so the chance of a false detection is
 * at most {@link #CANDIDATES} &times; 2<sup>-24</sup> per window and key.
 */
public final class WatermarkDetector {

    public static final int WINDOW_SECONDS = 30;
    /** Candidates (lag, frame start) decoded per window: the false-alarm bound grows with them. */
    static final int CANDIDATES = 4;
    private static final int LAGS_KEPT = 2;
    /** The sync symbols must agree this much (standard deviations) too: rules out degenerate input. */
    private static final double SYNC_THRESHOLD = 3.0;
    private static final double CRC_CHANCE = Math.pow(2, -Crc24.BITS);
    private static final int BLOCK = WatermarkSpec.BLOCK;

    private final List<WatermarkKey> keys;
    private final int maxWindows;

    /** @param maxWindows windows searched at most per recording, spread over its length */
    public WatermarkDetector(List<WatermarkKey> keys, int maxWindows) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the detector needs at least one key");
        }
        if (maxWindows < 1) {
            throw new IllegalArgumentException("at least one window must be searched, not " + maxWindows);
        }
        this.keys = List.copyOf(keys);
        this.maxWindows = maxWindows;
    }

    public static double falseAlarmPerWindow() {
        return CANDIDATES * CRC_CHANCE;
    }

    /** Searches 16 kHz mono samples: the whole of a short one, windows spread over a long one. */
    public Detection detect(float[] samples) {
        int window = WINDOW_SECONDS * WatermarkSpec.SAMPLE_RATE;
        List<Integer> starts = windowStarts(samples.length, window);
        Whitener whitener = new Whitener();
        Correlator correlator = new Correlator();
        int tries = 0;
        double searched = 0;
        Detection best = null;
        for (int start : starts) {
            int length = Math.min(window, samples.length - start);
            if (starts.size() == 1) {
                length = samples.length;
            }
            double[] whitened = whitener.whiten(samples, start, length);
            searched += (double) length / WatermarkSpec.SAMPLE_RATE;
            for (WatermarkKey key : keys) {
                tries++;
                Detection found = search(whitened, key, correlator, start);
                if (found != null && (best == null || found.strength() > best.strength())) {
                    best = found;
                }
            }
            if (best != null) {
                break;
            }
        }
        double bound = tries * falseAlarmPerWindow();
        if (best == null) {
            return new Detection(false, null, null, 0, 0, bound, searched);
        }
        return new Detection(true, best.payload(), best.keyName(), best.strength(), best.atSeconds(), bound, searched);
    }

    /** Window starts: one window for up to 1.5 windows of audio, else up to maxWindows spread evenly. */
    private List<Integer> windowStarts(int length, int window) {
        List<Integer> starts = new ArrayList<>();
        if (length <= window * 3 / 2) {
            starts.add(0);
            return starts;
        }
        int count = Math.min(maxWindows, (length + window - 1) / window);
        double step = count == 1 ? 0 : (double) (length - window) / (count - 1);
        for (int i = 0; i < count; i++) {
            starts.add((int) Math.round(i * step));
        }
        return starts;
    }

    private Detection search(double[] whitened, WatermarkKey key, Correlator correlator, int windowStart) {
        double[][] lags = correlator.correlate(whitened, key.carrier());
        int blocks = lags.length;
        if (blocks < FrameLayout.syncCount()) {
            return null;
        }
        double[] noise = new double[blocks];
        for (int m = 0; m < blocks; m++) {
            noise[m] = noiseScale(lags[m]);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int lag : bestLags(lags, noise)) {
            double[] soft = new double[blocks];
            for (int m = 0; m < blocks; m++) {
                soft[m] = noise[m] > 0 ? lags[m][lag] / noise[m] : 0;
            }
            for (int frameStart = 0; frameStart < FrameLayout.BLOCKS; frameStart++) {
                candidates.add(new Candidate(lag, frameStart, soft, syncScore(soft, frameStart, key)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::sync).reversed());
        for (Candidate candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            if (candidate.sync() < SYNC_THRESHOLD) {
                break;
            }
            double[] folded = new double[FrameLayout.BLOCKS];
            for (int m = 0; m < blocks; m++) {
                int position = (m + candidate.frameStart()) % FrameLayout.BLOCKS;
                folded[position] += candidate.soft()[m] * key.scramble(position);
            }
            Payload payload = FrameLayout.decode(folded);
            if (payload != null) {
                double strength = strength(candidate, FrameLayout.symbols(payload, key));
                double at = (windowStart + candidate.lag()) / (double) WatermarkSpec.SAMPLE_RATE;
                return new Detection(true, payload, key.name(), strength, at, 0, 0);
            }
        }
        return null;
    }

    /** The lags (0..BLOCK) where blocks correlate most, each a local peak. */
    private static List<Integer> bestLags(double[][] lags, double[] noise) {
        double[] score = new double[BLOCK];
        for (int m = 0; m < lags.length; m++) {
            if (noise[m] <= 0) {
                continue;
            }
            for (int lag = 0; lag < BLOCK; lag++) {
                score[lag] += Math.abs(lags[m][lag]) / noise[m];
            }
        }
        List<Integer> best = new ArrayList<>();
        for (int pick = 0; pick < LAGS_KEPT; pick++) {
            int top = -1;
            for (int lag = 0; lag < BLOCK; lag++) {
                boolean nearPicked = false;
                for (int picked : best) {
                    int distance = Math.abs(picked - lag);
                    nearPicked |= Math.min(distance, BLOCK - distance) <= 2;
                }
                if (!nearPicked && (top < 0 || score[lag] > score[top])) {
                    top = lag;
                }
            }
            best.add(top);
        }
        return best;
    }

    private static double syncScore(double[] soft, int frameStart, WatermarkKey key) {
        double sum = 0;
        int count = 0;
        for (int m = 0; m < soft.length; m++) {
            int position = (m + frameStart) % FrameLayout.BLOCKS;
            if (FrameLayout.isSync(position)) {
                sum += soft[m] * key.scramble(position);
                count++;
            }
        }
        return count == 0 ? 0 : sum / Math.sqrt(count);
    }

    private static double strength(Candidate candidate, int[] symbols) {
        double sum = 0;
        int count = 0;
        double[] soft = candidate.soft();
        for (int m = 0; m < soft.length; m++) {
            if (soft[m] != 0) {
                sum += soft[m] * symbols[(m + candidate.frameStart()) % FrameLayout.BLOCKS];
                count++;
            }
        }
        return count == 0 ? 0 : sum / Math.sqrt(count);
    }

    /** The noise level of one block's correlations: their RMS over all lags (the one true peak barely moves it). */
    private static double noiseScale(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum / values.length);
    }

    private record Candidate(int lag, int frameStart, double[] soft, double sync) {
    }

    /**
     * Every block-long stretch of the whitened signal against the carrier at every lag 0..BLOCK, by FFT:
     * row m holds sum_n x[m*BLOCK + lag + n] * carrier[n].
     */
    static final class Correlator {
        private final Fft fft = new Fft(2 * BLOCK);
        private final double[] re = new double[2 * BLOCK];
        private final double[] im = new double[2 * BLOCK];

        double[][] correlate(double[] signal, double[] carrier) {
            double[] carrierRe = new double[2 * BLOCK];
            double[] carrierIm = new double[2 * BLOCK];
            System.arraycopy(carrier, 0, carrierRe, 0, BLOCK);
            fft.forward(carrierRe, carrierIm);
            int blocks = Math.max(0, signal.length / BLOCK - 1);
            double[][] rows = new double[blocks][];
            for (int m = 0; m < blocks; m++) {
                System.arraycopy(signal, m * BLOCK, re, 0, 2 * BLOCK);
                java.util.Arrays.fill(im, 0);
                fft.forward(re, im);
                for (int k = 0; k < 2 * BLOCK; k++) {
                    // X * conj(C)
                    double r = re[k] * carrierRe[k] + im[k] * carrierIm[k];
                    double i = im[k] * carrierRe[k] - re[k] * carrierIm[k];
                    re[k] = r;
                    im[k] = i;
                }
                fft.inverse(re, im);
                rows[m] = java.util.Arrays.copyOf(re, BLOCK);
            }
            return rows;
        }
    }
}
