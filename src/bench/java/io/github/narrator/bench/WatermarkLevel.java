package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How far below the speech the watermark sits, second by second: the same narration recorded with
 * and without it (FreeTTS is deterministic, so their difference is the mark alone), as 16-bit WAV.
 */
public final class WatermarkLevel {

    /** A second counts as speech above this RMS; quieter ones are where the mark must be absent. */
    private static final double SPEECH_DBFS = -55;

    /**
     * @param speechSeconds  seconds with speech in them
     * @param minMarginDb    the smallest speech-to-watermark ratio of any such second
     * @param medianMarginDb the median one
     * @param silentSteps    16 ms steps of silence (below -55 dBFS, and so are both neighbours)
     * @param silentMarked   how many of those carry any mark at all
     */
    public record Result(int speechSeconds, double minMarginDb, double medianMarginDb, int silentSteps, int silentMarked) {
    }

    private WatermarkLevel() {
    }

    private static boolean quiet(short[] samples, int start, int length, double threshold) {
        double sum = 0;
        for (int i = start; i < start + length; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return sum / length < threshold;
    }

    public static Result measure(List<Path[]> markedAndPlain) throws IOException {
        List<Double> margins = new ArrayList<>();
        int silent = 0;
        int silentMarked = 0;
        double speechPower = 32768.0 * 32768.0 * Math.pow(10, SPEECH_DBFS / 10);
        for (Path[] pair : markedAndPlain) {
            short[] marked = PcmWav.read(pair[0]).samples();
            short[] plain = PcmWav.read(pair[1]).samples();
            if (marked.length != plain.length) {
                throw new IOException(pair[0] + " and " + pair[1] + " differ in length: not the same narration");
            }
            for (int start = 0; start + 16_000 <= plain.length; start += 16_000) {
                double speech = 0;
                double mark = 0;
                for (int i = start; i < start + 16_000; i++) {
                    speech += (double) plain[i] * plain[i];
                    double difference = marked[i] - plain[i];
                    mark += difference * difference;
                }
                if (speech / 16_000 >= speechPower) {
                    margins.add(mark == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(speech / mark));
                }
            }
            int step = 256;
            for (int start = step; start + 2 * step <= plain.length; start += step) {
                if (quiet(plain, start - step, step, speechPower) && quiet(plain, start, step, speechPower)
                        && quiet(plain, start + step, step, speechPower)) {
                    silent++;
                    boolean marks = false;
                    for (int i = start; i < start + step; i++) {
                        marks |= marked[i] != plain[i];
                    }
                    silentMarked += marks ? 1 : 0;
                }
            }
        }
        if (margins.isEmpty()) {
            throw new IOException("no second of speech to measure");
        }
        List<Double> sorted = margins.stream().sorted().toList();
        return new Result(margins.size(), sorted.get(0), sorted.get(sorted.size() / 2), silent, silentMarked);
    }
}
