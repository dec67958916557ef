package io.github.narrator.watermark;

/**
 * The watermark's published parameters: anyone with these and a key can embed or check it.
 *
 * <p>Time is cut into blocks of {@link #BLOCK} samples; each block carries one ±1 symbol, spread over
 * the block by the key's carrier (noise band-limited to {@link #LOW_HZ}–{@link #HIGH_HZ}, the band
 * that 24–32 kb/s speech codecs keep). {@link FrameLayout#BLOCKS} blocks make a frame: sync symbols
 * and the convolutionally coded, CRC-checked payload, repeated for as long as the narration lasts.
 */
public final class WatermarkSpec {

    public static final int SAMPLE_RATE = 16_000;
    /** Samples per symbol (64 ms). */
    public static final int BLOCK = 1024;
    public static final double LOW_HZ = 300;
    public static final double HIGH_HZ = 3400;
    /** Samples faded in and out at each block's edges, so a sign change between blocks makes no click. */
    static final int EDGE = 32;
    /** The mark's level against the speech's own, from moment to moment (amplitude ratio, in dB). */
    public static final double LEVEL_DB = -32;
    /** Samples per step of the speech envelope the mark follows (16 ms). */
    static final int ENVELOPE_STEP = 256;
    /** Below this RMS (dBFS) a stretch counts as silence and carries no mark. */
    static final double SILENCE_DBFS = -55;

    private WatermarkSpec() {
    }

    static double amplitude(double db) {
        return Math.pow(10, db / 20);
    }
}
