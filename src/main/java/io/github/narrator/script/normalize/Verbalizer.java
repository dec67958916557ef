package io.github.narrator.script.normalize;

import org.jspecify.annotations.Nullable;

/**
 * Reads one kind of written token (a date, an amount of money, ...) aloud. The normaliser offers
 * every verbaliser each position where a token may start and keeps the longest reading.
 */
interface Verbalizer {

    /** The reading of the token that starts at the cursor; null when there is none of this kind. */
    @Nullable Reading read(Cursor cursor);
}
