package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.testing.Prerequisites;

/** The Info frame: what it says, read back by hand and by FFmpeg, which trims the encoder's delay and padding with it. */
class XingHeaderTest {

    @TempDir
    Path dir;

    @Test
    void countsFramesAndBytesAndPointsTheSeekTableAtFrames() throws IOException {
        short[] pcm = Mp3EncoderTest.sine(440, 48_000);
        Path untagged = Files.write(dir.resolve("untagged.mp3"), Mp3EncoderTest.encode(pcm, 48));
        byte[] audio = Files.readAllBytes(untagged);
        List<MpegFrames.Frame> frames = MpegFrames.of(audio);

        byte[] info = XingHeader.of(untagged, pcm.length);
        assertEquals(216, info.length, "one 48 kb/s frame at 16 kHz");
        ByteBuffer tag = ByteBuffer.wrap(info, 13, info.length - 13);
        assertEquals("Info", ascii(info, 13, 4));
        tag.position(13 + 4);
        assertEquals(0x0F, tag.getInt());
        assertEquals(frames.size(), tag.getInt());
        assertEquals(info.length + audio.length, tag.getInt());
        long total = info.length + audio.length;
        for (int i = 0; i < 100; i++) {
            int entry = tag.get() & 0xFF;
            long target = entry * total / 256;
            // every entry leads into the frame at i % of the duration
            MpegFrames.Frame expected = frames.get(i * frames.size() / 100);
            assertTrue(Math.abs(target - (info.length + expected.offset())) <= total / 256 + 1, "TOC entry " + i);
        }
        tag.getInt();
        assertEquals("LAME3.98r", ascii(info, tag.position(), 9));
        int delays = ((info[tag.position() + 21] & 0xFF) << 16) | ((info[tag.position() + 22] & 0xFF) << 8)
                | (info[tag.position() + 23] & 0xFF);
        assertEquals(576, delays >> 12);
        assertEquals(frames.size() * 576 - 576 - pcm.length, delays & 0xFFF);
        int lameEnd = tag.position() + 36;
        int storedCrc = (info[lameEnd - 2] & 0xFF) << 8 | (info[lameEnd - 1] & 0xFF);
        assertEquals(XingHeader.crc16(0, info, 0, lameEnd - 2), storedCrc);
    }

    @Test
    void aTaggedNarrationHasItsExactDurationAndItsFirstSampleWhereItWasForFfmpeg() throws Exception {
        Prerequisites.tool("ffmpeg", "-version");
        // 3 s: silence, then a tone from 1.000 s
        short[] pcm = new short[48_000];
        short[] tone = Mp3EncoderTest.sine(440, 32_000);
        System.arraycopy(tone, 0, pcm, 16_000, tone.length);
        Path untagged = Files.write(dir.resolve("untagged.mp3"), Mp3EncoderTest.encode(pcm, 48));
        Path tagged = dir.resolve("narration.mp3");
        new Id3Tagger().tag(untagged, tagged, Id3TaggerTest.tags(List.of(), Id3TaggerTest.png()), pcm.length);

        short[] decoded = ffmpegDecode(tagged);
        assertEquals(pcm.length, decoded.length, "FFmpeg trims exactly the encoder's delay and padding");
        int onset = firstLoud(decoded);
        assertTrue(Math.abs(onset - 16_000) <= 40, "the tone starts at sample " + onset + ", not 16000");
    }

    @Test
    void aBitrateTooLowForTheTagGetsAnInfoFrameOfAHigherOne() throws Exception {
        short[] pcm = Mp3EncoderTest.sine(440, 16_000);
        Path untagged = Files.write(dir.resolve("untagged.mp3"), Mp3EncoderTest.encode(pcm, 8));
        byte[] info = XingHeader.of(untagged, pcm.length);
        assertTrue(info.length >= 13 + 120 + 36, "the frame holds the whole tag: " + info.length);
        assertEquals("Info", ascii(info, 13, 4));
        Prerequisites.tool("ffmpeg", "-version");
        Path tagged = dir.resolve("narration.mp3");
        new Id3Tagger().tag(untagged, tagged, Id3TaggerTest.tags(List.of(), null), pcm.length);
        assertEquals(pcm.length, ffmpegDecode(tagged).length);
    }

    @Test
    void refusesAStreamWithBytesThatAreNotFrames() throws IOException {
        byte[] audio = Mp3EncoderTest.encode(Mp3EncoderTest.sine(440, 16_000), 48);
        byte[] broken = Arrays.copyOf(audio, audio.length + 10);
        Path file = Files.write(dir.resolve("broken.mp3"), broken);
        IOException e = assertThrows(IOException.class, () -> XingHeader.of(file, 16_000));
        assertTrue(e.getMessage().contains("broken.mp3"), e.getMessage());
    }

    private static short[] ffmpegDecode(Path mp3) throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-i", mp3.toString(), "-f", "s16le", "-ac", "1",
                "-ar", "16000", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] raw = ffmpeg.getInputStream().readAllBytes();
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, "ffmpeg failed");
        short[] samples = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static int firstLoud(short[] samples) {
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) > 2000) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.US_ASCII);
    }
}
