package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.TestScripts;

/** The loudness stage on the voice's own speech: every sample through, at the target, peaks under the ceiling. */
class LoudnessSinkTest {

    @Test
    void bringsSpeechToTheTargetAndKeepsEverySample() throws IOException {
        CollectingSink raw = new CollectingSink();
        CollectingSink shaped = new CollectingSink();
        try (Synthesizer voice = new Synthesizer(NarratorConfig.defaults().voiceSettings())) {
            voice.speak(TestScripts.bodyOfSentences(40), raw);
        }
        short[] in = raw.samples();
        try (PcmSink sink = Loudness.podcast().shape(shaped)) {
            for (int at = 0; at < in.length; at += 777) {
                sink.write(in, at, Math.min(777, in.length - at));
            }
        }
        short[] out = shaped.samples();
        assertEquals(in.length, out.length, "no sample added or lost");

        LoudnessMeter before = meter(in);
        LoudnessMeter after = meter(out);
        assertEquals(Loudness.VOICE_LUFS, before.integratedLufs(), 1.0, "the voice's known level");
        assertEquals(-16, after.integratedLufs(), 0.4);
        assertTrue(after.truePeakDb() <= -1 - LoudnessSink.MARGIN_DB + 0.1, "true peak " + after.truePeakDb());
        assertTrue(shaped.closed(), "closing the stage closes the sink after it");
    }

    @Test
    void offLeavesTheSamplesAlone() {
        CollectingSink sink = new CollectingSink();
        assertSame(sink, Loudness.off().shape(sink));
    }

    @Test
    void aFailingSinkAfterItFailsTheWrite() {
        PcmSink broken = new PcmSink() {
            @Override
            public void write(short[] samples, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        PcmSink sink = Loudness.podcast().shape(broken);
        short[] speech = new short[16_000];
        IOException failure = assertThrows(IOException.class, () -> sink.write(speech, 0, speech.length));
        assertEquals("disk full", failure.getMessage());
    }

    private static LoudnessMeter meter(short[] samples) {
        LoudnessMeter meter = new LoudnessMeter(16_000);
        for (short sample : samples) {
            meter.add(sample / 32768.0);
        }
        return meter;
    }
}
