package io.github.narrator.audio;

/**
 * The last {@code 2 * TruePeak.REACH} samples, for {@link TruePeak}: a ring written twice over so the
 * window is always one contiguous run, and the largest absolute sample in it kept up to date.
 */
final class PeakWindow {

    private static final int SIZE = 2 * TruePeak.REACH;
    private final double[] twice = new double[2 * SIZE];
    private int next;
    private double maxAbs;
    private int maxAge = SIZE;

    void add(double sample) {
        twice[next] = sample;
        twice[next + SIZE] = sample;
        next = (next + 1) % SIZE;
        double abs = Math.abs(sample);
        maxAge++;
        if (abs >= maxAbs) {
            maxAbs = abs;
            maxAge = 0;
        } else if (maxAge >= SIZE) {
            rescan();
        }
    }

    /** The largest absolute sample in the window. */
    double maxAbs() {
        return maxAbs;
    }

    /** The true peak of the interval {@link TruePeak#REACH} samples back from the newest. */
    double truePeak() {
        return TruePeak.ofInterval(twice, next);
    }

    private void rescan() {
        maxAbs = 0;
        for (int age = 0; age < SIZE; age++) {
            double abs = Math.abs(twice[next + SIZE - 1 - age]);
            if (abs > maxAbs) {
                maxAbs = abs;
                maxAge = age;
            }
        }
    }
}
