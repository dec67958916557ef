package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Java R128 meter against what BS.1770 defines for tones, silence and intersample peaks. */
class LoudnessMeterTest {

    private static final int RATE = 16_000;

    @Test
    void aFullScaleToneAtOneKilohertzReadsMinusThreeLufs() {
        // BS.1770 is calibrated so that a 997 Hz sine at full scale reads -3.01 LUFS (K-weighting is ~0 dB there)
        LoudnessMeter meter = new LoudnessMeter(RATE);
        tone(meter, 997, 1.0, 10);
        assertEquals(-3.01, meter.integratedLufs(), 0.15);
        tone(meter = new LoudnessMeter(RATE), 997, 0.1, 10);
        assertEquals(-23.01, meter.integratedLufs(), 0.15);
    }

    @Test
    void silenceIsGatedOutAndQuietPassagesRelativeToTheRest() {
        LoudnessMeter meter = new LoudnessMeter(RATE);
        tone(meter, 997, 0.1, 5);
        silence(meter, 20);
        tone(meter, 997, 0.001, 20); // -63 LUFS: above the absolute gate, 40 LU under the relative one
        tone(meter, 997, 0.1, 5);
        assertEquals(-23.01, meter.integratedLufs(), 0.15);
    }

    @Test
    void aBlockAtATimeMeasuresWhatASampleAtATimeDoes() {
        // speech-like: a tone whose level jumps every 50 ms, with quiet gaps, in blocks of odd sizes
        double[] signal = new double[5 * RATE];
        java.util.Random random = new java.util.Random(7);
        double level = 0;
        for (int i = 0; i < signal.length; i++) {
            if (i % 800 == 0) {
                level = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.5;
            }
            signal[i] = level * Math.sin(2 * Math.PI * (300 + 40 * (i / 800)) * i / RATE);
        }
        LoudnessMeter bySample = new LoudnessMeter(RATE, false);
        LoudnessMeter byBlock = new LoudnessMeter(RATE, false);
        LoudnessMeter scaled = new LoudnessMeter(RATE, false);
        LoudnessMeter scaledBySample = new LoudnessMeter(RATE, false);
        double[] weighted = new double[1601];
        for (int at = 0; at < signal.length; at += weighted.length) {
            int count = Math.min(weighted.length, signal.length - at);
            System.arraycopy(signal, at, weighted, 0, count);
            byBlock.weigh(weighted, weighted, count);
            byBlock.addWeighted(weighted, count, 1);
            scaled.addWeighted(weighted, count, 0.5);
            for (int i = at; i < at + count; i++) {
                double one = bySample.weigh(signal[i]);
                bySample.addWeighted(one);
                scaledBySample.addWeighted(one * 0.5);
                assertEquals(one, weighted[i - at], 1e-12, "sample " + i);
            }
        }
        assertTrue(bySample.blocksAboveSilence() > 10);
        assertEquals(bySample.blocksAboveSilence(), byBlock.blocksAboveSilence());
        assertEquals(bySample.integratedLufs(), byBlock.integratedLufs(), 1e-9);
        assertEquals(scaledBySample.integratedLufs(), scaled.integratedLufs(), 1e-9);
        assertEquals(bySample.integratedLufs() - 6.02, scaled.integratedLufs(), 0.01, "half the amplitude, 6 dB less");
    }

    @Test
    void theTruePeakOfAToneSampledOffItsCrestIsItsAmplitude() {
        // a 4 kHz tone at 16 kHz sampled at 45 degrees: every sample is 0.707 of the crest
        LoudnessMeter meter = new LoudnessMeter(RATE);
        for (int i = 0; i < RATE; i++) {
            meter.add(0.5 * Math.sin(2 * Math.PI * 4000 * i / RATE + Math.PI / 4));
        }
        assertEquals(TruePeak.toDb(0.5), meter.truePeakDb(), 0.2);
        assertTrue(meter.truePeakDb() > TruePeak.toDb(0.5 * 0.71) + 2, "found above the samples");
    }

    static void tone(LoudnessMeter meter, double hz, double amplitude, double seconds) {
        for (int i = 0; i < seconds * RATE; i++) {
            meter.add(amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
    }

    private static void silence(LoudnessMeter meter, double seconds) {
        for (int i = 0; i < seconds * RATE; i++) {
            meter.add(0);
        }
    }
}
