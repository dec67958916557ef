package io.github.narrator.audio;

import java.io.IOException;

import io.github.narrator.speech.PcmSink;

import org.jspecify.annotations.Nullable;

/**
 * Brings a narration to its loudness target as it streams, holding no more than a few milliseconds
 * of it: a gain, then a true-peak limiter. The gain starts from the voice's known level; once a few
 * seconds of speech are in, it moves (at most {@value #STEER_DB_PER_HOP} dB per 100 ms) to what R128
 * meters say it should be: the target, less the voice's loudness so far, plus what the limiter has
 * taken off so far, plus half of what the output so far misses the target by (its first seconds went
 * out at the starting gain). The measures settle as the narration goes on, so the gain settles too
 * (within 0.3 dB after the first minute on the sample narrations), and the narration's integrated
 * loudness lands on the target. The limiter keeps true peaks
 * {@value #MARGIN_DB} dB below the ceiling, room for MP3 coding to overshoot.
 */
final class LoudnessSink implements PcmSink {

    /** Speech measured before the gain is steered: shorter runs are too noisy a measure. */
    private static final int STEER_AFTER_BLOCKS = 30;
    private static final double STEER_DB_PER_HOP = 0.05;
    static final double MARGIN_DB = 1.0;
    private static final double RELEASE_SECONDS = 0.08;

    private final PcmSink next;
    private final double targetLufs;
    private final TruePeakLimiter limiter;
    /** The voice as it comes, the signal after the gain, and the signal after the limiter. */
    private final LoudnessMeter voice;
    private final LoudnessMeter gained;
    private final LoudnessMeter limited;
    private final int hopSamples;
    private final short[] out = new short[4096];
    /** One hop of the voice at most (write works a hop at a time), scaled to full scale 1.0. */
    private final double[] input;
    private final double[] weighted;
    /** What the limiter let out since the last hop ended; the flush lets out up to its delay more. */
    private final double[] limitedOut;
    private int limitedCount;
    private final TruePeakLimiter.Output emit = this::emit;
    private int outLength;
    private @Nullable IOException failure;
    private double gainDb;
    private double gain;
    private long measuredBlocks;
    private int sinceHop;

    LoudnessSink(PcmSink next, Loudness loudness, double voiceLufs, int sampleRate) {
        this.next = next;
        this.targetLufs = loudness.targetLufs();
        this.limiter = new TruePeakLimiter(loudness.maxTruePeakDbtp() - MARGIN_DB, (int) (RELEASE_SECONDS * sampleRate));
        this.voice = new LoudnessMeter(sampleRate, false);
        this.gained = new LoudnessMeter(sampleRate, false);
        this.limited = new LoudnessMeter(sampleRate, false);
        this.hopSamples = sampleRate / 10;
        this.input = new double[hopSamples];
        this.weighted = new double[hopSamples];
        this.limitedOut = new double[hopSamples + TruePeakLimiter.delay()];
        setGainDb(targetLufs - voiceLufs);
    }

    /**
     * Works a block at a time, each ending where the output completes a hop, so the gain is steered
     * after the same sample as it would be one sample at a time, and the samples after it get the new gain.
     */
    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        int at = offset;
        int end = offset + length;
        while (at < end) {
            int count = Math.min(end - at, hopSamples - sinceHop);
            for (int i = 0; i < count; i++) {
                input[i] = samples[at + i] / 32768.0;
            }
            voice.weigh(input, weighted, count);
            voice.addWeighted(weighted, count, 1);
            gained.addWeighted(weighted, count, gain);
            for (int i = 0; i < count; i++) {
                limiter.add(input[i] * gain, emit);
            }
            takeLimited();
            if (sinceHop == hopSamples) {
                sinceHop = 0;
                steer();
            }
            at += count;
        }
        drain();
    }

    @Override
    public void close() throws IOException {
        try {
            limiter.flush(emit);
            takeLimited();
            drain();
        } finally {
            next.close();
        }
    }

    /** The gain now applied, dB (for tests and the log). */
    double gainDb() {
        return gainDb;
    }

    private void emit(double value) {
        limitedOut[limitedCount++] = value;
        sinceHop++;
    }

    /** Meters what the limiter let out and queues it for the next sink as 16-bit samples. */
    private void takeLimited() {
        for (int i = 0; i < limitedCount; i++) {
            out[outLength++] = (short) Math.max(-32768, Math.min(32767, Math.round(limitedOut[i] * 32768)));
            if (outLength == out.length) {
                flushOut();
            }
        }
        limited.weigh(limitedOut, limitedOut, limitedCount);
        limited.addWeighted(limitedOut, limitedCount, 1);
        limitedCount = 0;
    }

    /** Moves the gain toward what the measures so far say it should be. */
    private void steer() {
        long blocks = limited.blocksAboveSilence();
        if (blocks < STEER_AFTER_BLOCKS || blocks == measuredBlocks) {
            return;
        }
        measuredBlocks = blocks;
        double limiterLoss = gained.integratedLufs() - limited.integratedLufs();
        // and half of what the narration so far is off, to make up for its first seconds
        double wanted = targetLufs - voice.integratedLufs() + limiterLoss + (targetLufs - limited.integratedLufs()) / 2;
        setGainDb(gainDb + Math.max(-STEER_DB_PER_HOP, Math.min(STEER_DB_PER_HOP, wanted - gainDb)));
    }

    private void setGainDb(double db) {
        gainDb = db;
        gain = TruePeak.fromDb(db);
    }

    private void flushOut() {
        if (outLength == 0 || failure != null) {
            outLength = 0;
            return;
        }
        try {
            next.write(out, 0, outLength);
        } catch (IOException e) {
            failure = e;
        }
        outLength = 0;
    }

    private void drain() throws IOException {
        flushOut();
        if (failure != null) {
            IOException failed = failure;
            failure = null;
            throw failed;
        }
    }
}
