/**
 * The speech stage: FreeTTS voices, their lexicon and the PCM they produce.
 */
@NullMarked
package io.github.narrator.speech;

import org.jspecify.annotations.NullMarked;
