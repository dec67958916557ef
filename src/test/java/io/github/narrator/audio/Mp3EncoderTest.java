package io.github.narrator.audio;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class Mp3EncoderTest {

    /** LAME's encoder delay plus mpglib's decoder delay, in samples, at 16 kHz. */
    private static final int CODEC_DELAY = 576 + 529;

    @Test
    void encodesConstantBitrateMpeg2Layer3MonoAt16kHz() throws IOException {
        byte[] mp3 = encode(sine(440, 16_000), 48);

        List<MpegFrames.Frame> frames = MpegFrames.of(mp3);
        assertFalse(frames.isEmpty());
        for (MpegFrames.Frame frame : frames) {
            assertEquals(48, frame.bitrateKbps(), "frame at " + frame.offset());
            assertEquals(16_000, frame.sampleRate());
            assertTrue(frame.mono());
        }
    }

    @Test
    void decodesToTheSameSoundAndLength() throws IOException {
        short[] input = sine(440, 32_000);
        byte[] mp3 = encode(input, 48);

        short[] decoded = Mp3Decoding.decode(mp3);
        assertEquals(MpegFrames.of(mp3).size() * MpegFrames.SAMPLES_PER_FRAME, decoded.length);
        // the encoder pads the last frame and starts with its delay, nothing more
        assertTrue(decoded.length >= input.length + CODEC_DELAY - 529, "decoded " + decoded.length);
        assertTrue(decoded.length < input.length + 3 * MpegFrames.SAMPLES_PER_FRAME, "decoded " + decoded.length);
        double noise = 0;
        double signal = 0;
        for (int i = 4000; i < 28_000; i++) {
            double difference = decoded[i + CODEC_DELAY] - input[i];
            noise += difference * difference;
            signal += (double) input[i] * input[i];
        }
        double snrDb = 10 * Math.log10(signal / noise);
        assertTrue(snrDb > 20, "signal-to-noise " + snrDb + " dB");
    }

    @Test
    void writesFramesAsSamplesArriveAndLeavesTheStreamOpen() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        Mp3Encoder encoder = new Mp3Encoder(out, NarratorConfig.defaults().mp3BitrateKbps());
        short[] second = sine(440, 16_000);
        for (int i = 0; i < 5; i++) {
            encoder.write(second, 0, second.length);
        }
        int beforeClose = out.size();
        assertTrue(beforeClose > 4 * 6000, "only " + beforeClose + " bytes after 5 s at 48 kb/s");
        encoder.close();
        assertTrue(out.size() > beforeClose);
        assertFalse(out.closed);
        assertThrows(IOException.class, () -> encoder.write(second, 0, 10));
        encoder.close();
    }

    @Test
    void thirtyTwoKbpsMakesSmallerFiles() throws IOException {
        short[] input = sine(300, 48_000);
        int at48 = encode(input, 48).length;
        int at32 = encode(input, 32).length;
        assertEquals(2.0 / 3, (double) at32 / at48, 0.02);
    }

    @Test
    void refusesBitratesAndQualitiesLameCannotUse() {
        IllegalArgumentException bitrate = assertThrows(IllegalArgumentException.class,
                () -> new Mp3Encoder(new ByteArrayOutputStream(), 50));
        assertTrue(bitrate.getMessage().contains("50 kb/s"), bitrate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Mp3Encoder(new ByteArrayOutputStream(), 48, 10));
    }

    static byte[] encode(short[] samples, int kbps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Mp3Encoder encoder = new Mp3Encoder(out, kbps)) {
            // in uneven pieces, as FreeTTS delivers them
            for (int offset = 0; offset < samples.length; offset += 1000) {
                encoder.write(samples, offset, Math.min(1000, samples.length - offset));
            }
        }
        return out.toByteArray();
    }

    static short[] sine(double hz, int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) Math.round(8000 * Math.sin(2 * Math.PI * hz * i / 16_000));
        }
        return samples;
    }

    private static final class TrackingOutputStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
