package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {

    @TempDir
    Path dir;

    @Test
    void headerDescribes16kHzMono16BitPcmWithTheFinalSizes() throws IOException {
        Path wav = dir.resolve("narration.wav");
        short[] samples = Mp3EncoderTest.sine(440, 50_000);
        try (WavWriter writer = new WavWriter(wav)) {
            // more than the writer's 64 KiB buffer, in uneven pieces
            for (int offset = 0; offset < samples.length; offset += 7_000) {
                writer.write(samples, offset, Math.min(7_000, samples.length - offset));
            }
        }

        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 2 * samples.length, file.limit());
        assertEquals("RIFF", chunkId(file, 0));
        assertEquals(file.limit() - 8, file.getInt(4));
        assertEquals("WAVE", chunkId(file, 8));
        assertEquals("fmt ", chunkId(file, 12));
        assertEquals(16, file.getInt(16));
        assertEquals(1, file.getShort(20), "PCM");
        assertEquals(1, file.getShort(22), "channels");
        assertEquals(16_000, file.getInt(24), "sample rate");
        assertEquals(32_000, file.getInt(28), "byte rate");
        assertEquals(2, file.getShort(32), "block align");
        assertEquals(16, file.getShort(34), "bits per sample");
        assertEquals("data", chunkId(file, 36));
        assertEquals(2 * samples.length, file.getInt(40));
        short[] stored = new short[samples.length];
        file.position(44);
        file.asShortBuffer().get(stored);
        assertArrayEquals(samples, stored);
    }

    @Test
    void javaSoundReadsItBack() throws IOException, UnsupportedAudioFileException {
        Path wav = dir.resolve("narration.wav");
        try (WavWriter writer = new WavWriter(wav)) {
            writer.write(new short[12_345], 0, 12_345);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat format = in.getFormat();
            assertEquals(16_000f, format.getSampleRate());
            assertEquals(1, format.getChannels());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(12_345, in.getFrameLength());
        }
    }

    @Test
    void anEmptyNarrationIsAValidEmptyFile() throws IOException {
        Path wav = dir.resolve("empty.wav");
        new WavWriter(wav).close();
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44, file.limit());
        assertEquals(36, file.getInt(4));
        assertEquals(0, file.getInt(40));
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        WavWriter writer = new WavWriter(dir.resolve("closed.wav"));
        writer.close();
        writer.close();
        assertThrows(IOException.class, () -> writer.write(new short[1], 0, 1));
    }

    private static String chunkId(ByteBuffer file, int offset) {
        byte[] id = new byte[4];
        file.get(offset, id);
        return new String(id, StandardCharsets.US_ASCII);
    }
}
