package io.github.narrator.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** 16-bit mono WAV in and out, for the measurements that mix and compare samples themselves. */
record PcmWav(short[] samples, int sampleRate) {

    static PcmWav read(Path file) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat format = in.getFormat();
            if (format.getChannels() != 1 || format.getSampleSizeInBits() != 16
                    || !AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())) {
                throw new IOException(file + " is not 16-bit mono PCM: " + format);
            }
            byte[] bytes = in.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            boolean bigEndian = format.isBigEndian();
            for (int i = 0; i < samples.length; i++) {
                int hi = bytes[2 * i + (bigEndian ? 0 : 1)];
                int lo = bytes[2 * i + (bigEndian ? 1 : 0)] & 0xff;
                samples[i] = (short) (hi << 8 | lo);
            }
            return new PcmWav(samples, Math.round(format.getSampleRate()));
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file + " is not a WAV file", e);
        }
    }

    void write(Path file) throws IOException {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    double power() {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return samples.length == 0 ? 0 : sum / samples.length;
    }
}
