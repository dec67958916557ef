/**
 * The inaudible watermark every narration carries: a spread-spectrum mark in the speech band, shaped
 * under the speech's envelope, that says "synthetic speech, made by this generator, narration id
 * so-and-so" and survives re-encoding that strips every tag.
 *
 * <p>{@link io.github.narrator.watermark.WatermarkingSink} adds it to the PCM on its way to the
 * encoders, streaming; {@link io.github.narrator.watermark.WatermarkDetector} finds it again in any
 * excerpt of about 30 seconds or more. Plain Java: no Camel, no native code.
 */
@NullMarked
package io.github.narrator.watermark;

import org.jspecify.annotations.NullMarked;
