package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TruePeakLimiterTest {

    private static final int RATE = 16_000;

    @Test
    void keepsIntersamplePeaksUnderTheCeilingAndLetsOutEverySample() {
        TruePeakLimiter limiter = new TruePeakLimiter(-2, 1280);
        List<Double> out = new ArrayList<>();
        int n = 3 * RATE;
        for (int i = 0; i < n; i++) {
            // bursts of a 4 kHz tone whose crests fall between samples, 6 dB over the ceiling
            double envelope = (i / (RATE / 4)) % 2 == 0 ? 1.0 : 0.05;
            limiter.add(envelope * Math.sin(2 * Math.PI * 4000 * i / RATE + Math.PI / 4), out::add);
        }
        limiter.flush(out::add);
        assertEquals(n, out.size(), "as many samples out as in");
        LoudnessMeter meter = new LoudnessMeter(RATE);
        out.forEach(meter::add);
        assertTrue(meter.truePeakDb() <= -2 + 0.05, "true peak " + meter.truePeakDb());
        assertTrue(meter.truePeakDb() > -3, "limited, not crushed: " + meter.truePeakDb());
    }

    @Test
    void aQuietSignalComesOutUnchangedAfterTheDelay() {
        TruePeakLimiter limiter = new TruePeakLimiter(-1, 1280);
        List<Double> out = new ArrayList<>();
        double[] in = new double[1000];
        for (int i = 0; i < in.length; i++) {
            in[i] = 0.3 * Math.sin(i * 0.05);
            limiter.add(in[i], out::add);
        }
        assertEquals(in.length - TruePeakLimiter.delay(), out.size(), "held back by the look-ahead");
        limiter.flush(out::add);
        for (int i = 0; i < in.length; i++) {
            assertEquals(in[i], out.get(i), 1e-12);
        }
    }

    @Test
    void afterABurstIsLimitedTheGainComesBackToExactlyOne() {
        TruePeakLimiter limiter = new TruePeakLimiter(-1, 1280);
        List<Double> out = new ArrayList<>();
        int burst = RATE / 10;
        int n = 4 * RATE;
        double[] in = new double[n];
        for (int i = 0; i < n; i++) {
            in[i] = (i < burst ? 1.0 : 0.2) * Math.sin(i * 0.05);
            limiter.add(in[i], out::add);
        }
        limiter.flush(out::add);
        assertTrue(Math.abs(out.get(burst / 2)) < Math.abs(in[burst / 2]) || Math.abs(in[burst / 2]) < 0.5, "the burst is limited");
        double largestBurstSample = 0;
        for (int i = 0; i < burst; i++) {
            largestBurstSample = Math.max(largestBurstSample, Math.abs(out.get(i)));
        }
        assertTrue(largestBurstSample < TruePeak.fromDb(-1), "burst peak " + largestBurstSample);
        // the release nears 1 for ever; three seconds on it is 1, and the quiet signal passes bit for bit
        for (int i = burst + 3 * RATE; i < n; i++) {
            assertEquals(in[i], out.get(i), 0.0, "sample " + i);
        }
    }

    @Test
    void aShortInputIsLetOutWhole() {
        TruePeakLimiter limiter = new TruePeakLimiter(-1, 1280);
        List<Double> out = new ArrayList<>();
        limiter.add(0.5, out::add);
        limiter.add(-0.5, out::add);
        limiter.flush(out::add);
        assertEquals(List.of(0.5, -0.5), out);
        TruePeakLimiter empty = new TruePeakLimiter(-1, 1280);
        List<Double> none = new ArrayList<>();
        empty.flush(none::add);
        assertEquals(List.of(), none);
    }
}
