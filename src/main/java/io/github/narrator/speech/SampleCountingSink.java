package io.github.narrator.speech;

import java.io.IOException;

/**
 * Passes samples on to the narration's sink and counts them: the count is the narration's clock, so
 * every time in the {@link Timeline} is a position in the audio actually written.
 */
final class SampleCountingSink {

    private final PcmSink target;
    private final short[] silence = new short[SpeechFormat.SAMPLE_RATE / 10];
    private long samples;

    SampleCountingSink(PcmSink target) {
        this.target = target;
    }

    void write(short[] buffer, int offset, int length) throws IOException {
        target.write(buffer, offset, length);
        samples += length;
    }

    void writeSilence(long sampleCount) throws IOException {
        long remaining = sampleCount;
        while (remaining > 0) {
            int chunk = (int) Math.min(remaining, silence.length);
            write(silence, 0, chunk);
            remaining -= chunk;
        }
    }

    long samples() {
        return samples;
    }
}
