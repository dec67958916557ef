package io.github.narrator.watermark;

/**
 * The rate-1/2, constraint-length-7 convolutional code (generators 171 and 133 octal, the one of
 * Voyager, 802.11 and DVB), terminated with six zero bits, decoded by a soft-decision Viterbi.
 */
final class ConvolutionalCode {

    static final int MEMORY = 6;
    private static final int STATES = 1 << MEMORY;
    private static final int G1 = 0171;
    private static final int G2 = 0133;

    private ConvolutionalCode() {
    }

    /** Two coded bits per input bit, for {@code bits} followed by the six tail bits. */
    static int[] encode(int[] bits) {
        int[] coded = new int[2 * (bits.length + MEMORY)];
        int register = 0;
        for (int i = 0; i < bits.length + MEMORY; i++) {
            int bit = i < bits.length ? bits[i] : 0;
            register = ((register << 1) | bit) & 0x7F;
            coded[2 * i] = Integer.bitCount(register & G1) & 1;
            coded[2 * i + 1] = Integer.bitCount(register & G2) & 1;
        }
        return coded;
    }

    /**
     * The most likely input bits given soft values, one per coded bit: positive means 0 is likelier
     * (the symbol +1 was sent for 0), zero means unknown.
     */
    static int[] decode(double[] soft, int length) {
        int steps = length + MEMORY;
        if (soft.length != 2 * steps) {
            throw new IllegalArgumentException("expected " + 2 * steps + " soft values, got " + soft.length);
        }
        double[] metric = new double[STATES];
        double[] next = new double[STATES];
        java.util.Arrays.fill(metric, Double.NEGATIVE_INFINITY);
        metric[0] = 0;
        byte[][] from = new byte[steps][STATES];
        for (int i = 0; i < steps; i++) {
            java.util.Arrays.fill(next, Double.NEGATIVE_INFINITY);
            for (int state = 0; state < STATES; state++) {
                if (metric[state] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int bit = 0; bit <= (i < length ? 1 : 0); bit++) {
                    int register = (state << 1) | bit;
                    int c1 = Integer.bitCount(register & G1) & 1;
                    int c2 = Integer.bitCount(register & G2) & 1;
                    double m = metric[state] + (c1 == 0 ? soft[2 * i] : -soft[2 * i])
                            + (c2 == 0 ? soft[2 * i + 1] : -soft[2 * i + 1]);
                    int target = register & (STATES - 1);
                    if (m > next[target]) {
                        next[target] = m;
                        from[i][target] = (byte) state;
                    }
                }
            }
            double[] swap = metric;
            metric = next;
            next = swap;
        }
        int[] bits = new int[length];
        int state = 0; // terminated: the path ends in state 0
        for (int i = steps - 1; i >= 0; i--) {
            if (i < length) {
                bits[i] = state & 1;
            }
            state = from[i][state] & 0xFF;
        }
        return bits;
    }
}
