package io.github.narrator.verify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import de.sciss.jump3r.mp3.MP3Data;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

import io.github.narrator.watermark.Resampler;
import io.github.narrator.watermark.WatermarkSpec;

/**
 * Decodes WAV (PCM, any rate, any channels, 8-32 bits) and MP3 (MPEG 1/2/2.5 Layer III, by jump3r's
 * mpglib) to 16 kHz mono, in pure Java, stopping after {@code maxSeconds}. Anything else is refused
 * with its name: convert it to WAV first (e.g. {@code ffmpeg -i in.m4a out.wav}).
 */
final class AudioDecoder {

    private final int maxSeconds;

    AudioDecoder(int maxSeconds) {
        this.maxSeconds = maxSeconds;
    }

    DecodedAudio decode(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E') {
            return wav(file);
        }
        if (head.length >= 3 && (head[0] == 'I' && head[1] == 'D' && head[2] == '3'
                || (head[0] & 0xff) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return mp3(file);
        }
        throw new IOException(file + " is neither WAV nor MP3 (verify reads those two; convert others to WAV first)");
    }

    private DecodedAudio wav(Path file) throws IOException {
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            AudioFormat format = source.getFormat();
            int rate = Math.round(format.getSampleRate());
            int channels = format.getChannels();
            AudioFormat pcm16 = new AudioFormat(format.getSampleRate(), 16, channels, true, false);
            try (AudioInputStream in = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
                    && format.getSampleSizeInBits() == 16 && !format.isBigEndian()
                    ? source : AudioSystem.getAudioInputStream(pcm16, source)) {
                Collector collector = new Collector(rate, channels);
                byte[] buffer = new byte[8192 * 2 * channels];
                int read;
                while (!collector.full() && (read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    int frames = read / (2 * channels);
                    float[] mono = new float[frames];
                    for (int f = 0; f < frames; f++) {
                        int sum = 0;
                        for (int c = 0; c < channels; c++) {
                            int at = 2 * (f * channels + c);
                            sum += (short) ((buffer[at + 1] << 8) | (buffer[at] & 0xff));
                        }
                        mono[f] = (float) sum / channels;
                    }
                    collector.add(mono, frames);
                }
                return collector.finish("WAV");
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new IOException(file + " is a WAV file verify cannot read (" + e.getMessage() + ")", e);
        }
    }

    private DecodedAudio mp3(Path file) throws IOException {
        MPGLib mpg = new MPGLib();
        Interface mpgInterface = new Interface();
        Common common = new Common();
        mpg.setModules(mpgInterface, common);
        mpgInterface.setModules(new VBRTag(), common);
        MPGLib.mpstr_tag stream = mpg.hip_decode_init();
        short[] left = new short[4608];
        short[] right = new short[4608];
        MP3Data info = new MP3Data();
        Collector collector = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(id3v2Length(in));
            // fed less than a frame at a time this mpglib port loses no frames (a frame or more, it does)
            byte[] chunk = new byte[128];
            int read;
            while ((collector == null || !collector.full()) && (read = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                byte[] input = read == chunk.length ? chunk : Arrays.copyOf(chunk, read);
                int got = mpg.hip_decode1_headers(stream, input, read, left, right, info);
                while (got > 0) {
                    if (collector == null) {
                        collector = new Collector(info.samplerate, info.stereo);
                    }
                    float[] mono = new float[got];
                    for (int i = 0; i < got; i++) {
                        mono[i] = info.stereo == 2 ? (left[i] + right[i]) / 2f : left[i];
                    }
                    collector.add(mono, got);
                    got = mpg.hip_decode1_headers(stream, new byte[0], 0, left, right, info);
                }
                if (got < 0) {
                    throw new IOException(file + " is not a decodable MP3 (the decoder failed)");
                }
            }
        } finally {
            mpg.hip_decode_exit(stream);
        }
        if (collector == null) {
            throw new IOException(file + " holds no MP3 audio frames");
        }
        return collector.finish("MP3");
    }

    /** The length of an ID3v2 tag at the stream's start (0 without one); the stream is left where it was. */
    private static long id3v2Length(InputStream in) throws IOException {
        in.mark(10);
        byte[] header = in.readNBytes(10);
        in.reset();
        if (header.length < 10 || header[0] != 'I' || header[1] != 'D' || header[2] != '3') {
            return 0;
        }
        long size = (header[6] & 0x7f) << 21 | (header[7] & 0x7f) << 14 | (header[8] & 0x7f) << 7 | (header[9] & 0x7f);
        boolean footer = (header[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** Gathers mono samples at the file's rate into 16 kHz ones, up to the limit. */
    private final class Collector {
        private final int rate;
        private final int channels;
        private final Resampler resampler;
        private float[] direct = new float[1 << 16];
        private int count;
        private long inputSamples;
        private boolean truncated;

        Collector(int rate, int channels) {
            this.rate = rate;
            this.channels = channels;
            this.resampler = rate == WatermarkSpec.SAMPLE_RATE ? null : new Resampler(rate, WatermarkSpec.SAMPLE_RATE);
        }

        boolean full() {
            return truncated;
        }

        void add(float[] mono, int frames) {
            long limit = (long) maxSeconds * rate;
            int take = (int) Math.min(frames, limit - inputSamples);
            if (take < frames) {
                truncated = true;
            }
            if (take <= 0) {
                return;
            }
            inputSamples += take;
            if (resampler != null) {
                resampler.add(mono, take);
            } else {
                if (count + take > direct.length) {
                    direct = Arrays.copyOf(direct, Math.max(2 * direct.length, count + take));
                }
                System.arraycopy(mono, 0, direct, count, take);
                count += take;
            }
        }

        DecodedAudio finish(String format) {
            float[] samples = resampler != null ? resampler.finish() : Arrays.copyOf(direct, count);
            return new DecodedAudio(samples, format, rate, channels, (double) inputSamples / rate, truncated);
        }
    }
}
