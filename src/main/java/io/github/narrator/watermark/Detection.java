package io.github.narrator.watermark;

import org.jspecify.annotations.Nullable;

/**
 * What the detector found in a recording.
 *
 * @param found           a mark with a valid CRC-24 was decoded
 * @param payload         what it says; null when none was found
 * @param keyName         which key found it ({@link WatermarkKey#name()}); null when none was found
 * @param strength        how far the decoded frame stands above chance, in standard deviations of the
 *                        detector's noise (0 when none was found)
 * @param atSeconds       where in the recording the excerpt that carried it starts
 * @param falseAlarmBound the chance that a recording with no mark would give a detection like this:
 *                        every candidate decoded passes the CRC-24 by chance with probability 2^-24
 * @param secondsSearched how much audio was searched
 */
public record Detection(boolean found, @Nullable Payload payload, @Nullable String keyName, double strength, double atSeconds,
                        double falseAlarmBound, double secondsSearched) {
}
