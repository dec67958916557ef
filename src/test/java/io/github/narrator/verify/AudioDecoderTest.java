package io.github.narrator.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.audio.Recording;
import io.github.narrator.speech.TestScripts;
import io.github.narrator.testing.Narrations;
import io.github.narrator.watermark.Detection;
import io.github.narrator.watermark.Resampler;
import io.github.narrator.watermark.WatermarkDetector;
import io.github.narrator.watermark.WatermarkKey;

/** Verify reads WAV at 16, 44.1 and 48 kHz, mono or stereo, and MP3, and the mark survives the resampling. */
class AudioDecoderTest {

    @TempDir
    static Path work;
    private static Recording marked;
    private static float[] original;

    @BeforeAll
    static void narrate() throws Exception {
        marked = Narrations.record(work.resolve("marked"), TestScripts.bodyOfSentences(8), WatermarkKey.DEFAULT);
        original = new AudioDecoder(600).decode(marked.wav()).samples();
    }

    @Test
    void theMp3DecodesToTheWavsLengthAndCarriesTheMark() throws Exception {
        DecodedAudio mp3 = new AudioDecoder(600).decode(marked.mp3());
        assertEquals("MP3", mp3.format());
        assertEquals(16_000, mp3.sampleRate());
        assertTrue(Math.abs(mp3.samples().length - original.length) < 2 * 1152, mp3.samples().length + " vs " + original.length);
        assertTrue(detect(mp3.samples()).found());
    }

    @Test
    void wavAt44100HzStereoAnd48000HzMonoAreResampledAndStillMarked() throws Exception {
        for (int[] rateAndChannels : new int[][] {{44_100, 2}, {48_000, 1}}) {
            int rate = rateAndChannels[0];
            int channels = rateAndChannels[1];
            Resampler up = new Resampler(16_000, rate);
            up.add(original, original.length);
            float[] resampled = up.finish();
            Path wav = work.resolve(rate + "-" + channels + ".wav");
            write(wav, resampled, rate, channels);
            DecodedAudio decoded = new AudioDecoder(600).decode(wav);
            assertEquals(rate, decoded.sampleRate());
            assertEquals(channels, decoded.channels());
            assertEquals(original.length, decoded.samples().length, 16, "16 kHz again, within a millisecond");
            assertTrue(detect(decoded.samples()).found(), rate + " Hz");
        }
    }

    @Test
    void decodingStopsAtTheLimitAndSaysSo() throws Exception {
        DecodedAudio decoded = new AudioDecoder(10).decode(marked.wav());
        assertTrue(decoded.truncated());
        assertEquals(160_000, decoded.samples().length);
    }

    private static Detection detect(float[] samples) {
        return new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8).detect(samples);
    }

    private static void write(Path file, float[] samples, int rate, int channels) throws Exception {
        byte[] bytes = new byte[samples.length * 2 * channels];
        for (int i = 0; i < samples.length; i++) {
            short value = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i])));
            for (int c = 0; c < channels; c++) {
                int at = 2 * (i * channels + c);
                bytes[at] = (byte) value;
                bytes[at + 1] = (byte) (value >> 8);
            }
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, Files.newOutputStream(file));
        }
    }
}
