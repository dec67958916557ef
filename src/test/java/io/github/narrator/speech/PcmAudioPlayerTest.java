package io.github.narrator.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import javax.sound.sampled.AudioFormat;

import org.junit.jupiter.api.Test;

class PcmAudioPlayerTest {

    private static final AudioFormat FORMAT = new AudioFormat(SpeechFormat.SAMPLE_RATE, SpeechFormat.BITS_PER_SAMPLE,
            SpeechFormat.CHANNELS, true, true);

    /** A sink closed under the writer, as the recorder closes an abandoned narration's sinks. */
    private static final class ClosedSink implements PcmSink {
        @Override
        public void write(short[] samples, int offset, int length) throws IOException {
            throw new IOException("the sink is closed");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anUtteranceWritesToTheNarrationItBeganWith() {
        PcmAudioPlayer player = new PcmAudioPlayer(1f);
        CollectingSink first = new CollectingSink();
        player.attach(new SampleCountingSink(first));
        player.setAudioFormat(FORMAT);
        player.begin(8);
        assertTrue(player.write(new byte[] {0, 1, 0, 2}));

        // the narration is abandoned and the next one starts while FreeTTS's output thread still writes
        player.detach();
        CollectingSink next = new CollectingSink();
        player.attach(new SampleCountingSink(next));
        assertTrue(player.write(new byte[] {0, 3, 0, 4}));
        assertTrue(player.end());

        assertEquals(4, first.count(), "the late samples stay with the narration they belong to");
        assertEquals(0, next.count(), "nothing of the old utterance reaches the next narration");
        assertNull(player.takeFailure());
    }

    @Test
    void aLateFailureOfAnAbandonedNarrationIsNotTheNextOnes() {
        PcmAudioPlayer player = new PcmAudioPlayer(1f);
        player.attach(new SampleCountingSink(new ClosedSink()));
        player.setAudioFormat(FORMAT);
        player.begin(4);

        player.detach();
        CollectingSink next = new CollectingSink();
        player.attach(new SampleCountingSink(next));
        assertFalse(player.write(new byte[] {0, 1, 0, 2}), "the old utterance is cancelled");
        assertNull(player.takeFailure(), "the next narration starts without the old one's failure");

        player.setAudioFormat(FORMAT);
        player.begin(4);
        assertTrue(player.write(new byte[] {0, 5, 0, 6}));
        assertTrue(player.end());
        assertEquals(2, next.count());
        assertNull(player.takeFailure());
    }

    @Test
    void aFailureOfTheCurrentNarrationIsReported() {
        PcmAudioPlayer player = new PcmAudioPlayer(1f);
        player.attach(new SampleCountingSink(new ClosedSink()));
        player.setAudioFormat(FORMAT);
        player.begin(4);
        assertFalse(player.write(new byte[] {0, 1, 0, 2}));
        IOException failure = player.takeFailure();
        assertNotNull(failure);
        assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
    }
}
