package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * What a narration may go through between Narrator and a listener, done with the Debian tools: each
 * turns a 16 kHz mono WAV excerpt into a file {@code narrator verify} reads (WAV or MP3, at whatever
 * rate the tool chose).
 */
public enum Degradation {

    NONE("excerpt only (WAV)"),
    MP3_32("MP3 32 kb/s (lame)"),
    MP3_64("MP3 64 kb/s (lame)"),
    MP3_128("MP3 128 kb/s, 44.1 kHz (lame)"),
    AAC_64("AAC 64 kb/s, 44.1 kHz (ffmpeg)"),
    OPUS_24("Opus 24 kb/s (ffmpeg, back to 48 kHz WAV)"),
    RESAMPLE_44("resampled to 44.1 kHz and back (sox)"),
    RESAMPLE_48("resampled to 48 kHz and back (sox)"),
    GAIN_MINUS_6("gain -6 dB (sox)"),
    GAIN_PLUS_6("gain +6 dB, clipping (sox)"),
    WHITE_NOISE_20("white noise, 20 dB SNR"),
    BABBLE_20("babble (6 espeak-ng voices), 20 dB SNR"),
    SPEED_PLUS_5("speed +5 % (sox speed 1.05)"),
    SPEED_MINUS_5("speed -5 % (sox speed 0.95)");

    private final String label;

    Degradation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it plays the audio faster or slower: verify then needs its speed search. */
    public boolean changesSpeed() {
        return this == SPEED_PLUS_5 || this == SPEED_MINUS_5;
    }

    /** Degrades {@code wav}; returns the file to verify, in {@code work}. */
    Path apply(Path wav, Path work, Random random, Babble babble) throws IOException {
        String in = wav.toString();
        Path mp3 = work.resolve("degraded.mp3");
        Path out = work.resolve("degraded.wav");
        Path between = work.resolve("between");
        switch (this) {
            case NONE -> {
                return wav;
            }
            case MP3_32, MP3_64 -> {
                AudioTools.run("lame", "--quiet", "--cbr", "-b", this == MP3_32 ? "32" : "64", in, mp3.toString());
                return mp3;
            }
            case MP3_128 -> {
                AudioTools.run("lame", "--quiet", "--cbr", "--resample", "44.1", "-b", "128", in, mp3.toString());
                return mp3;
            }
            case AAC_64 -> {
                Path m4a = between.resolveSibling("between.m4a");
                AudioTools.run("ffmpeg", "-v", "error", "-y", "-i", in, "-ar", "44100", "-c:a", "aac", "-b:a", "64k", m4a.toString());
                AudioTools.run("ffmpeg", "-v", "error", "-y", "-i", m4a.toString(), out.toString());
            }
            case OPUS_24 -> {
                Path opus = between.resolveSibling("between.opus");
                AudioTools.run("ffmpeg", "-v", "error", "-y", "-i", in, "-c:a", "libopus", "-b:a", "24k", opus.toString());
                AudioTools.run("ffmpeg", "-v", "error", "-y", "-i", opus.toString(), "-ar", "48000", out.toString());
            }
            case RESAMPLE_44, RESAMPLE_48 -> {
                Path high = between.resolveSibling("between.wav");
                AudioTools.run("sox", in, "-r", this == RESAMPLE_44 ? "44100" : "48000", high.toString());
                AudioTools.run("sox", high.toString(), "-r", "16000", out.toString());
            }
            case GAIN_MINUS_6, GAIN_PLUS_6 -> AudioTools.run("sox", in, out.toString(), "gain", this == GAIN_PLUS_6 ? "6" : "-6");
            case WHITE_NOISE_20 -> mix(wav, out, noise(random, PcmWav.read(wav).samples().length), 20);
            case BABBLE_20 -> mix(wav, out, babble.stretch(random, PcmWav.read(wav).samples().length), 20);
            case SPEED_PLUS_5, SPEED_MINUS_5 -> AudioTools.run("sox", in, out.toString(), "speed",
                    this == SPEED_PLUS_5 ? "1.05" : "0.95", "rate", "16000");
            default -> throw new IllegalStateException(name());
        }
        return out;
    }

    private static double[] noise(Random random, int length) {
        double[] noise = new double[length];
        for (int i = 0; i < length; i++) {
            noise[i] = random.nextGaussian();
        }
        return noise;
    }

    /** Adds noise scaled to {@code snrDb} below the excerpt's own power. */
    static void mix(Path wav, Path out, double[] noise, double snrDb) throws IOException {
        PcmWav speech = PcmWav.read(wav);
        short[] samples = speech.samples();
        double noisePower = 0;
        for (double value : noise) {
            noisePower += value * value;
        }
        noisePower /= noise.length;
        double scale = noisePower == 0 ? 0 : Math.sqrt(speech.power() / Math.pow(10, snrDb / 10) / noisePower);
        short[] mixed = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            long value = Math.round(samples[i] + scale * noise[i]);
            mixed[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
        }
        new PcmWav(mixed, speech.sampleRate()).write(out);
    }
}
