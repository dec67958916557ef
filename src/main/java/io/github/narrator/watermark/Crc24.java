package io.github.narrator.watermark;

/**
 * CRC-24 (the OpenPGP polynomial 0x864CFB, initial value 0xB704CE) over a bit sequence. Its non-zero
 * start means an all-zero payload does not check: silence never decodes as a valid mark.
 */
final class Crc24 {

    static final int BITS = 24;
    private static final int POLYNOMIAL = 0x864CFB;
    private static final int INITIAL = 0xB704CE;

    private Crc24() {
    }

    /** The CRC of {@code bits[0..length)}, each 0 or 1, most significant first. */
    static int of(int[] bits, int length) {
        int crc = INITIAL;
        for (int i = 0; i < length; i++) {
            int top = (crc >>> 23) & 1;
            crc = (crc << 1) & 0xFFFFFF;
            if ((top ^ bits[i]) != 0) {
                crc ^= POLYNOMIAL;
            }
        }
        return crc;
    }
}
