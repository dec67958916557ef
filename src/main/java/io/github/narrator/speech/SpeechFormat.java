package io.github.narrator.speech;

/** The one audio format the voice produces and every encoder accepts. */
public final class SpeechFormat {

    public static final int SAMPLE_RATE = 16_000;
    public static final int CHANNELS = 1;
    public static final int BITS_PER_SAMPLE = 16;

    private SpeechFormat() {
    }

    static long samplesToMillis(long samples) {
        return samples * 1000 / SAMPLE_RATE;
    }
}
