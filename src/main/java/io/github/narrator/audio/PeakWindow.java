package io.github.narrator.audio;

/**
 * The last {@code 2 * TruePeak.REACH} samples, for {@link TruePeak}: a ring written twice over so the
 * window is always one contiguous run, and a cheap upper bound of its largest absolute sample.
 */
final class PeakWindow {

    private static final int SIZE = 2 * TruePeak.REACH;
    /** Samples per block of the bound: three blocks cover any window of SIZE. */
    private static final int BLOCK = SIZE / 2;
    private final double[] twice = new double[2 * SIZE];
    private int next;
    private int inBlock;
    private double blockMax;
    private double previousBlockMax;
    private double olderBlockMax;

    void add(double sample) {
        twice[next] = sample;
        twice[next + SIZE] = sample;
        next = (next + 1) & (SIZE - 1); // SIZE is a power of two
        blockMax = Math.max(blockMax, Math.abs(sample));
        if (++inBlock == BLOCK) {
            olderBlockMax = previousBlockMax;
            previousBlockMax = blockMax;
            blockMax = 0;
            inBlock = 0;
        }
    }

    /**
     * At least the largest absolute sample in the window: the largest of the last SIZE to
     * SIZE + BLOCK - 1 samples, kept a block at a time because an exact sliding maximum costs
     * more than the true peaks it spares.
     */
    double maxAbsBound() {
        return Math.max(blockMax, Math.max(previousBlockMax, olderBlockMax));
    }

    /** The true peak of the interval {@link TruePeak#REACH} samples back from the newest. */
    double truePeak() {
        return TruePeak.ofInterval(twice, next);
    }
}
