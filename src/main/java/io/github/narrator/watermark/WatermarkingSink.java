package io.github.narrator.watermark;

import java.io.IOException;

import io.github.narrator.speech.PcmSink;

/**
 * Adds the watermark to 16 kHz PCM on its way to the next sink. The mark follows the speech's
 * envelope ({@link WatermarkSpec#LEVEL_DB} below it, measured every 16 ms and interpolated, with
 * 16 ms of look-ahead so it rises with the speech rather than after it, and never above the level of
 * the half-step, 8 ms, it is in) and is absent where the speech is silent. Memory is a few blocks,
 * whatever the length; the samples come out 16 ms late, and {@link #close()} lets the last ones out.
 */
public final class WatermarkingSink implements PcmSink {

    private static final int STEP = WatermarkSpec.ENVELOPE_STEP;
    private static final double SILENCE_RMS = 32768 * WatermarkSpec.amplitude(WatermarkSpec.SILENCE_DBFS);
    private static final double LEVEL = WatermarkSpec.amplitude(WatermarkSpec.LEVEL_DB);

    private final PcmSink next;
    private final double[] carrier;
    private final int[] symbols;
    /** The step being held back (the first STEP samples) and the one after it, filling. */
    private final short[] held = new short[2 * STEP];
    private int heldCount;
    private final short[] out = new short[16 * STEP];
    private int outCount;
    private long position;
    private double previousRms;
    private double currentRms = -1;
    private boolean closed;

    public WatermarkingSink(PcmSink next, Payload payload, WatermarkKey key) {
        this.next = next;
        this.carrier = key.carrier();
        this.symbols = FrameLayout.symbols(payload, key);
    }

    /**
     * Synchronized with {@link #close()}: when a narration is abandoned (its time limit), FreeTTS's
     * output thread may still be writing while the recorder closes the sinks; the encoder behind
     * must never see both at once.
     */
    @Override
    public synchronized void write(short[] samples, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("watermarking sink is closed");
        }
        int end = offset + length;
        while (offset < end) {
            int take = Math.min(end - offset, held.length - heldCount);
            System.arraycopy(samples, offset, held, heldCount, take);
            heldCount += take;
            offset += take;
            if (currentRms < 0 && heldCount >= STEP) {
                currentRms = rms(0, STEP);
            }
            if (heldCount == held.length) {
                double nextRms = rms(STEP, STEP);
                emit(STEP, nextRms);
                System.arraycopy(held, STEP, held, 0, STEP);
                heldCount = STEP;
                previousRms = currentRms;
                currentRms = nextRms;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (heldCount > 0) {
                if (currentRms < 0) {
                    currentRms = rms(0, heldCount);
                }
                int first = Math.min(STEP, heldCount);
                double nextRms = heldCount > STEP ? rms(STEP, heldCount - STEP) : 0;
                emit(first, nextRms);
                if (heldCount > STEP) {
                    System.arraycopy(held, STEP, held, 0, heldCount - STEP);
                    previousRms = currentRms;
                    currentRms = nextRms;
                    emit(heldCount - STEP, 0);
                }
            }
            flush();
        } finally {
            next.close();
        }
    }

    private double rms(int from, int count) {
        double rms = rawRms(from, count);
        return rms < SILENCE_RMS ? 0 : rms;
    }

    private double rawRms(int from, int count) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += held[i] * held[i];
        }
        return Math.sqrt(sum / count);
    }

    /**
     * Marks and passes on held[0..count): the envelope runs linearly from the previous step's centre
     * to this one's, then on to the next one's, and in each half of the step it stays at or under the
     * level of that half's own speech. Speech that starts (or stops) inside a step would otherwise
     * have the quiet half of it marked at the loud half's level.
     */
    private void emit(int count, double nextRms) throws IOException {
        int block = (int) (position / WatermarkSpec.BLOCK % FrameLayout.BLOCKS);
        int sign = symbols[block];
        int phase = (int) (position % WatermarkSpec.BLOCK);
        int half = Math.min(STEP / 2, count);
        if (outCount + count > out.length) {
            flush();
        }
        // the envelope at sample i of each half is start + i * slope: one multiply-add per sample
        double slope = LEVEL * (currentRms - previousRms) / STEP;
        mark(0, half, LEVEL * previousRms + slope * (STEP / 2 + 0.5), slope, LEVEL * rawRms(0, half), sign, phase);
        if (count > half) {
            slope = LEVEL * (nextRms - currentRms) / STEP;
            mark(half, count, LEVEL * currentRms + slope * 0.5, slope, LEVEL * rawRms(half, count - half), sign, phase);
        }
        position += count;
    }

    /** Adds the carrier to held[from..to) at the envelope, capped, signed by the block's symbol. */
    private void mark(int from, int to, double envelope, double slope, double cap, int sign, int phase) {
        int at = outCount - from;
        for (int i = from; i < to; i++) {
            double marked = held[i] + sign * Math.min(envelope, cap) * carrier[phase + i];
            envelope += slope;
            int rounded = (int) (marked < 0 ? marked - 0.5 : marked + 0.5);
            out[at + i] = (short) (rounded > Short.MAX_VALUE ? Short.MAX_VALUE : Math.max(rounded, Short.MIN_VALUE));
        }
        outCount += to - from;
    }

    private void flush() throws IOException {
        if (outCount > 0) {
            next.write(out, 0, outCount);
            outCount = 0;
        }
    }
}
