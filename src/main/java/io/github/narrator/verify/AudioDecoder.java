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


import io.github.narrator.audio.Mp3Decoder;
import io.github.narrator.watermark.Resampler;
import io.github.narrator.watermark.WatermarkSpec;

import org.jspecify.annotations.Nullable;

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
        Collector[] collector = new Collector[1];
        try (InputStream in = Files.newInputStream(file)) {
            Mp3Decoder.decode(in, (left, right, count, sampleRate) -> {
                if (collector[0] == null) {
                    collector[0] = new Collector(sampleRate, right == null ? 1 : 2);
                }
                float[] mono = new float[count];
                for (int i = 0; i < count; i++) {
                    mono[i] = right == null ? left[i] : (left[i] + right[i]) / 2f;
                }
                collector[0].add(mono, count);
                return !collector[0].full();
            });
        } catch (IOException e) {
            throw new IOException(file + " is not a decodable MP3: " + e.getMessage(), e);
        }
        if (collector[0] == null) {
            throw new IOException(file + " holds no MP3 audio frames");
        }
        return collector[0].finish("MP3");
    }

    /** Gathers mono samples at the file's rate into 16 kHz ones, up to the limit. */
    private final class Collector {
        private final int rate;
        private final int channels;
        private final @Nullable Resampler resampler;
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
