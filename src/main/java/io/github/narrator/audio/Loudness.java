package io.github.narrator.audio;

import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.SpeechFormat;

/**
 * The level narrations are brought to: an integrated loudness (EBU R128) and a true-peak ceiling.
 * Podcast platforms play at -16 LUFS (AES TD1004 recommends -19 LUFS for mono programmes, since one
 * channel played on two speakers sounds 3 dB louder); the ceiling leaves room for MP3 decoding overshoot.
 *
 * @param targetLufs      integrated loudness of every narration
 * @param maxTruePeakDbtp highest true peak, dBTP
 * @param enabled         false: samples pass through untouched
 */
public record Loudness(double targetLufs, double maxTruePeakDbtp, boolean enabled) {

    public static final double PODCAST_LUFS = -16;
    public static final double MAX_TRUE_PEAK_DBTP = -1;
    /**
     * The integrated loudness FreeTTS's kevin16 voice speaks at, where a narration starts before it
     * has been measured: -23.9 to -24.0 LUFS on every sample narration (WAV, ffmpeg's ebur128 filter).
     */
    static final double VOICE_LUFS = -23.9;

    public Loudness {
        if (enabled && !(targetLufs >= -40 && targetLufs <= -5)) {
            throw new IllegalArgumentException("loudness target must be -40 to -5 LUFS, not " + targetLufs);
        }
        if (enabled && !(maxTruePeakDbtp >= -12 && maxTruePeakDbtp <= 0)) {
            throw new IllegalArgumentException("true-peak ceiling must be -12 to 0 dBTP, not " + maxTruePeakDbtp);
        }
    }

    public static Loudness podcast() {
        return new Loudness(PODCAST_LUFS, MAX_TRUE_PEAK_DBTP, true);
    }

    public static Loudness off() {
        return new Loudness(PODCAST_LUFS, MAX_TRUE_PEAK_DBTP, false);
    }

    /** The sink that brings samples to this level on their way to {@code next}, or {@code next} itself when off. */
    PcmSink shape(PcmSink next) {
        return enabled ? new LoudnessSink(next, this, VOICE_LUFS, SpeechFormat.SAMPLE_RATE) : next;
    }
}
