package io.github.narrator.watermark;

import org.jspecify.annotations.Nullable;

/**
 * Which symbol each block of a frame carries. A frame is {@link #BLOCKS} blocks: every ninth is a
 * sync symbol, the rest carry the 156 coded bits of payload + CRC-24 (a fixed interleaver spreads
 * neighbouring coded bits 37 blocks apart, so a pause in the speech does not wipe out a run of them;
 * the four spare slots repeat the first four). Every symbol is then multiplied by the key's
 * scrambling sign, so sync and data look alike without the key.
 */
final class FrameLayout {

    static final int BLOCKS = 180;
    private static final int SYNC_EVERY = 9;
    static final int INFO_BITS = Payload.BITS + Crc24.BITS;
    static final int CODED_BITS = 2 * (INFO_BITS + ConvolutionalCode.MEMORY);
    private static final int DATA_SLOTS = BLOCKS - BLOCKS / SYNC_EVERY;
    private static final int INTERLEAVE_STEP = 37;

    private FrameLayout() {
    }

    static boolean isSync(int position) {
        return position % SYNC_EVERY == 0;
    }

    /** The coded bit a data position carries. */
    static int codedIndex(int position) {
        int slot = position - position / SYNC_EVERY - 1;
        int index = slot * INTERLEAVE_STEP % DATA_SLOTS;
        return index < CODED_BITS ? index : index - CODED_BITS;
    }

    static int syncCount() {
        return BLOCKS / SYNC_EVERY;
    }

    /** The ±1 symbol of every block of the frame, scrambled by the key. */
    static int[] symbols(Payload payload, WatermarkKey key) {
        int[] info = new int[INFO_BITS];
        int[] payloadBits = payload.toBits();
        System.arraycopy(payloadBits, 0, info, 0, Payload.BITS);
        int crc = Crc24.of(payloadBits, Payload.BITS);
        for (int i = 0; i < Crc24.BITS; i++) {
            info[Payload.BITS + i] = (crc >>> (Crc24.BITS - 1 - i)) & 1;
        }
        int[] coded = ConvolutionalCode.encode(info);
        int[] symbols = new int[BLOCKS];
        for (int position = 0; position < BLOCKS; position++) {
            int symbol = isSync(position) ? 1 : 1 - 2 * coded[codedIndex(position)];
            symbols[position] = symbol * key.scramble(position);
        }
        return symbols;
    }

    /** Decodes folded soft values (one per frame position, descrambled); null when the CRC fails. */
    static @Nullable Payload decode(double[] folded) {
        double[] soft = new double[CODED_BITS];
        for (int position = 0; position < BLOCKS; position++) {
            if (!isSync(position)) {
                soft[codedIndex(position)] += folded[position];
            }
        }
        int[] info = ConvolutionalCode.decode(soft, INFO_BITS);
        int crc = 0;
        for (int i = 0; i < Crc24.BITS; i++) {
            crc = crc << 1 | info[Payload.BITS + i];
        }
        return Crc24.of(info, Payload.BITS) == crc ? Payload.fromBits(info) : null;
    }
}
