package io.github.narrator.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.TestScripts;

/** The mark on real FreeTTS speech: found in excerpts, with its payload, by its key only, and inaudibly low. */
class WatermarkTest {

    private static final Payload PAYLOAD = Payload.forNarration("sha256:1a2b3c4d5e6f");
    private static short[] speech;
    private static short[] marked;

    @BeforeAll
    static void narrate() throws IOException {
        Collector collector = new Collector();
        try (Synthesizer voice = new Synthesizer(NarratorConfig.defaults().voiceSettings())) {
            voice.speak(TestScripts.bodyOfSentences(14), collector);
        }
        speech = collector.samples();
        marked = mark(speech, WatermarkKey.DEFAULT, 4096);
    }

    @Test
    void theSpeechIsLongEnoughForTheseTests() {
        assertTrue(speech.length > 45 * 16_000, "speech of " + speech.length / 16_000 + " s");
    }

    @Test
    void anExcerptStartingAnywhereGivesBackThePayload() {
        for (double start : new double[] {0, 3.7, 11.11}) {
            Detection detection = detect(excerpt(marked, start, 30), WatermarkKey.DEFAULT);
            assertTrue(detection.found(), "excerpt from " + start + " s");
            assertEquals(PAYLOAD, detection.payload());
            assertEquals(WatermarkKey.DEFAULT.name(), detection.keyName());
            assertTrue(detection.strength() > 10, "strength " + detection.strength());
            assertTrue(detection.falseAlarmBound() <= 1e-6);
        }
    }

    @Test
    void speechWithoutTheMarkOrWithAnotherKeysMarkIsNotDetected() {
        assertFalse(detect(excerpt(speech, 2, 30), WatermarkKey.DEFAULT).found());
        assertFalse(detect(excerpt(marked, 2, 30), WatermarkKey.privateKey("a publisher's secret")).found());
    }

    @Test
    void aPrivateKeysMarkIsFoundWithThatKeyAndNamedSoNeverShown() {
        WatermarkKey key = WatermarkKey.privateKey("a publisher's secret");
        short[] privatelyMarked = mark(speech, key, 1000);
        assertFalse(detect(excerpt(privatelyMarked, 1, 30), WatermarkKey.DEFAULT).found());
        Detection detection = new WatermarkDetector(List.of(WatermarkKey.DEFAULT, key), 8)
                .detect(floats(excerpt(privatelyMarked, 1, 30)));
        assertTrue(detection.found());
        assertEquals(PAYLOAD, detection.payload());
        assertFalse(detection.keyName().contains("secret"), detection.keyName());
        assertFalse(key.toString().contains("secret"));
    }

    @Test
    void chunkSizesDoNotChangeTheMarkedSamples() {
        assertArrayEquals(marked, mark(speech, WatermarkKey.DEFAULT, 1));
        assertArrayEquals(marked, mark(speech, WatermarkKey.DEFAULT, 777));
        assertArrayEquals(marked, mark(speech, WatermarkKey.DEFAULT, speech.length));
    }

    @Test
    void theMarkIsAtLeast25dBBelowTheSpeechInEverySecondAndAbsentInSilence() {
        int seconds = 0;
        for (int start = 0; start + 16_000 <= speech.length; start += 16_000) {
            double speechEnergy = 0;
            double markEnergy = 0;
            for (int i = start; i < start + 16_000; i++) {
                speechEnergy += (double) speech[i] * speech[i];
                markEnergy += Math.pow(marked[i] - speech[i], 2);
            }
            if (speechEnergy > 0) {
                seconds++;
                assertTrue(10 * Math.log10(speechEnergy / markEnergy) >= 25, "second " + start / 16_000);
            }
        }
        assertTrue(seconds > 40);
        short[] silence = new short[16_000 * 5];
        assertArrayEquals(silence, mark(silence, WatermarkKey.DEFAULT, 4096));
    }

    @Test
    void speechStartingInsideAStepLeavesTheQuietBeforeItMarkedOnlyAtItsOwnLevel() {
        // faint room noise (about -50 dBFS), then loud speech from halfway into the 11th 16 ms step:
        // the envelope is measured a step at a time, but the mark keeps to each half-step's own level
        int onset = 10 * 256 + 128;
        short[] signal = new short[16_000];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (short) (i < onset ? random.nextGaussian() * 100 : 12_000 * Math.sin(i * 0.3));
        }
        short[] marked = mark(signal, WatermarkKey.DEFAULT, 1000);
        double quiet = 0;
        double mark = 0;
        for (int i = 9 * 256; i < onset; i++) {
            quiet += (double) signal[i] * signal[i];
            mark += Math.pow(marked[i] - signal[i], 2);
        }
        assertTrue(mark > 0, "the faint noise is not silence: it is marked");
        assertTrue(10 * Math.log10(quiet / mark) >= 28, "the quiet before the speech carries the mark at "
                + 10 * Math.log10(quiet / mark) + " dB under it");
    }

    @Test
    void theMarkChangesTheSamples() {
        assertNotEquals(Arrays.hashCode(speech), Arrays.hashCode(marked));
        assertEquals(speech.length, marked.length, "every sample comes out, the last ones at close");
    }

    @Test
    void theSpeedSearchFindsTheMarkInAudioPlayedFourPercentFaster() {
        short[] excerpt = excerpt(marked, 5, 31.2);
        Resampler faster = new Resampler(16_000, (int) Math.round(16_000 / 1.04));
        faster.add(floats(excerpt), excerpt.length);
        float[] played = faster.finish();
        assertFalse(new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8).detect(played).found(),
                "without the search, a speed change loses the mark");
        Detection detection = new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8, 0.06).detect(played);
        assertTrue(detection.found());
        assertEquals(PAYLOAD, detection.payload());
        assertEquals(2 * WatermarkDetector.falseAlarmPerWindow(), detection.falseAlarmBound(), 1e-15);
    }

    @Test
    void tooShortARecordingIsSimplyNotFound() {
        Detection detection = detect(excerpt(marked, 0, 0.5), WatermarkKey.DEFAULT);
        assertFalse(detection.found());
    }

    static short[] mark(short[] samples, WatermarkKey key, int chunk) {
        Collector collector = new Collector();
        try (WatermarkingSink sink = new WatermarkingSink(collector, PAYLOAD, key)) {
            for (int offset = 0; offset < samples.length; offset += chunk) {
                sink.write(samples, offset, Math.min(chunk, samples.length - offset));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return collector.samples();
    }

    private static Detection detect(short[] samples, WatermarkKey key) {
        return new WatermarkDetector(List.of(key), 8).detect(floats(samples));
    }

    private static short[] excerpt(short[] samples, double startSeconds, double seconds) {
        int from = (int) (startSeconds * 16_000);
        return Arrays.copyOfRange(samples, from, Math.min(samples.length, from + (int) (seconds * 16_000)));
    }

    private static float[] floats(short[] samples) {
        float[] floats = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            floats[i] = samples[i];
        }
        return floats;
    }

    private static final class Collector implements PcmSink {
        private short[] samples = new short[1 << 16];
        private int count;

        @Override
        public void write(short[] chunk, int offset, int length) {
            if (count + length > samples.length) {
                samples = Arrays.copyOf(samples, Math.max(2 * samples.length, count + length));
            }
            System.arraycopy(chunk, offset, samples, count, length);
            count += length;
        }

        @Override
        public void close() {
        }

        short[] samples() {
            return Arrays.copyOf(samples, count);
        }
    }
}
