package io.github.narrator.bench;

/**
 * Lengths of the batch's articles: 300 to 1,000 words, spread evenly and in a fixed order (about
 * 650 on average, like a day of local news), so every batch is the same work.
 */
final class BatchArticles {

    static final int SHORTEST = 300;
    static final int LONGEST = 1_000;

    private BatchArticles() {
    }

    /** Words of article {@code number} (1-based). */
    static int words(int number) {
        // 197 and 701 are coprime: numbers 1..701 take every length once
        return SHORTEST + (number * 197) % (LONGEST - SHORTEST + 1);
    }
}
