package io.github.narrator.watermark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

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

    /** Speeds tried by the speed search are this far apart; the tracks between them are searched. */
    private static final double SPEED_STEP = 0.002;
    /** Seconds at a window's start on which each speed is tried before the best is searched in full. */
    private static final int SPEED_PROBE_SECONDS = 4;

    private final List<WatermarkKey> keys;
    private final int maxWindows;
    private final double maxSpeedChange;

    /** @param maxWindows windows searched at most per recording, spread over its length */
    public WatermarkDetector(List<WatermarkKey> keys, int maxWindows) {
        this(keys, maxWindows, 0);
    }

    /**
     * @param maxSpeedChange also search audio played faster or slower by up to this fraction (e.g. 0.06),
     *                       when the mark is not found at its own speed; 0 for none. Slower, and each
     *                       window then decodes twice the candidates (the false-alarm bound doubles).
     */
    public WatermarkDetector(List<WatermarkKey> keys, int maxWindows, double maxSpeedChange) {
        if (maxSpeedChange < 0 || maxSpeedChange > 0.2) {
            throw new IllegalArgumentException("the speed search reaches 0 to 0.2 (20 %), not " + maxSpeedChange);
        }
        this.maxSpeedChange = maxSpeedChange;
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
                Detection found = search(whitened, key, correlator, start, 1);
                if (found == null && maxSpeedChange > 0) {
                    tries++;
                    found = searchSpeeds(samples, start, length, key, whitener, correlator);
                }
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

    /** The mark found in one window; null when none was. */
    private @Nullable Detection search(double[] whitened, WatermarkKey key, Correlator correlator, int windowStart, double speed) {
        double[][] lags = correlator.correlate(whitened, key.carrier());
        if (lags.length < FrameLayout.syncCount()) {
            return null;
        }
        double[] noise = noise(lags);
        List<Track> tracks = new ArrayList<>();
        for (int lag : bestLags(lags, noise)) {
            tracks.add(new Track(lag, 0));
        }
        return decode(lags, noise, tracks, key, windowStart, speed);
    }

    /**
     * The search for audio played at another speed: each speed on a grid is undone by resampling the
     * window's first seconds, and the straight tracks of block positions between grid points are
     * searched for the one that correlates most; the best speed and track are then decoded on the
     * whole window.
     */
    private @Nullable Detection searchSpeeds(float[] samples, int start, int length, WatermarkKey key, Whitener whitener,
                                   Correlator correlator) {
        int probe = Math.min(length, SPEED_PROBE_SECONDS * WatermarkSpec.SAMPLE_RATE);
        double bestScore = 0;
        double bestSpeed = 1;
        double probeSlopeStep = 0;
        Track bestTrack = null;
        int steps = (int) Math.round(maxSpeedChange / SPEED_STEP);
        for (int step = -steps; step <= steps; step++) {
            if (step == 0) {
                continue;
            }
            double speed = 1 + step * SPEED_STEP;
            float[] undone = undo(samples, start, probe, speed);
            double[][] lags = correlator.correlate(whitener.whiten(undone, 0, undone.length), key.carrier());
            if (lags.length < 8) {
                return null;
            }
            double[] noise = noise(lags);
            // between grid points the blocks drift by up to half a step's worth of samples per block
            double reach = BLOCK * SPEED_STEP * 0.6;
            Track track = bestTrack(lags, noise, -reach, reach, 1.0 / lags.length, 0, BLOCK - 1);
            probeSlopeStep = 1.0 / lags.length;
            if (track.score() > bestScore) {
                bestScore = track.score();
                bestSpeed = speed;
                bestTrack = track;
            }
        }
        if (bestTrack == null) {
            return null;
        }
        float[] undone = undo(samples, start, length, bestSpeed);
        double[][] lags = correlator.correlate(whitener.whiten(undone, 0, undone.length), key.carrier());
        if (lags.length < FrameLayout.syncCount()) {
            return null;
        }
        double[] noise = noise(lags);
        Track refined = bestTrack(lags, noise, bestTrack.slope() - 2 * probeSlopeStep, bestTrack.slope() + 2 * probeSlopeStep,
                0.5 / lags.length, Math.max(0, bestTrack.start() - 2), Math.min(BLOCK - 1, bestTrack.start() + 2));
        return decode(lags, noise, List.of(refined), key, start, bestSpeed);
    }

    /** The window as it sounded before it was played {@code speed} times as fast. */
    private static float[] undo(float[] samples, int start, int length, double speed) {
        Resampler resampler = new Resampler(WatermarkSpec.SAMPLE_RATE, (int) Math.round(WatermarkSpec.SAMPLE_RATE * speed));
        resampler.add(java.util.Arrays.copyOfRange(samples, start, start + length), length);
        return resampler.finish();
    }

    /** The straight track (start lag, slope in samples per block) along which the blocks correlate most. */
    private static Track bestTrack(double[][] lags, double[] noise, double fromSlope, double toSlope, double slopeStep,
                                   int fromStart, int toStart) {
        double[][] weight = new double[lags.length][BLOCK];
        for (int m = 0; m < lags.length; m++) {
            for (int lag = 0; noise[m] > 0 && lag < BLOCK; lag++) {
                weight[m][lag] = Math.abs(lags[m][lag]) / noise[m];
            }
        }
        Track best = new Track(0, 0, -1);
        int[] offsets = new int[lags.length];
        long limit = (long) lags.length * BLOCK;
        for (double slope = fromSlope; slope <= toSlope + 1e-12; slope += slopeStep) {
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] = (int) Math.round(k * (BLOCK + slope));
            }
            for (int start = fromStart; start <= toStart; start++) {
                double score = 0;
                for (int offset : offsets) {
                    int position = start + offset;
                    if (position >= limit) {
                        break;
                    }
                    score += weight[position / BLOCK][position % BLOCK];
                }
                if (score > best.score()) {
                    best = new Track(start, slope, score);
                }
            }
        }
        return best;
    }

    /** Finds the frame start along each track, and decodes the best few candidates. */
    private static @Nullable Detection decode(double[][] lags, double[] noise, List<Track> tracks, WatermarkKey key, int windowStart,
                                    double speed) {
        List<Candidate> candidates = new ArrayList<>();
        for (Track track : tracks) {
            double[] soft = new double[lags.length];
            for (int k = 0; k < soft.length; k++) {
                int row = track.row(k);
                soft[k] = row >= 0 && row < lags.length && noise[row] > 0 ? lags[row][track.lag(k)] / noise[row] : 0;
            }
            for (int frameStart = 0; frameStart < FrameLayout.BLOCKS; frameStart++) {
                candidates.add(new Candidate(track.start(), frameStart, soft, syncScore(soft, frameStart, key)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::sync).reversed());
        for (Candidate candidate : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            if (candidate.sync() < SYNC_THRESHOLD) {
                break;
            }
            double[] folded = new double[FrameLayout.BLOCKS];
            for (int m = 0; m < candidate.soft().length; m++) {
                int position = (m + candidate.frameStart()) % FrameLayout.BLOCKS;
                folded[position] += candidate.soft()[m] * key.scramble(position);
            }
            Payload payload = FrameLayout.decode(folded);
            if (payload != null) {
                double strength = strength(candidate, FrameLayout.symbols(payload, key));
                double at = windowStart / (double) WatermarkSpec.SAMPLE_RATE + candidate.lag() / (WatermarkSpec.SAMPLE_RATE * speed);
                return new Detection(true, payload, key.name(), strength, at, 0, 0);
            }
        }
        return null;
    }

    private static double[] noise(double[][] lags) {
        double[] noise = new double[lags.length];
        for (int m = 0; m < lags.length; m++) {
            noise[m] = noiseScale(lags[m]);
        }
        return noise;
    }

    /** Block k of a track starts {@code start + k * (BLOCK + slope)} samples into the window. */
    private record Track(int start, double slope, double score) {
        Track(int start, double slope) {
            this(start, slope, 0);
        }

        int row(int k) {
            return (int) Math.floorDiv(position(k), BLOCK);
        }

        int lag(int k) {
            return (int) Math.floorMod(position(k), BLOCK);
        }

        private long position(int k) {
            return Math.round(start + k * (BLOCK + slope));
        }
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
