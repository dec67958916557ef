/**
 * The audio stage: PCM from the voice through loudness and the inaudible watermark into the MP3 (and WAV) encoders, tagged with ID3 (disclosure, chapters, cover art).
 */
@NullMarked
package io.github.narrator.audio;

import org.jspecify.annotations.NullMarked;
