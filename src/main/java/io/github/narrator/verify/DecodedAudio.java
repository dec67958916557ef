package io.github.narrator.verify;

/**
 * A recording as the detector wants it.
 *
 * @param samples      mono, at 16 kHz, full scale ±32768
 * @param format       "MP3" or "WAV"
 * @param sampleRate   the file's own rate
 * @param channels     the file's own channel count (mixed down to one)
 * @param seconds      the file's length as decoded (at most the decoder's limit)
 * @param truncated    whether the file went on past the decoder's limit
 */
record DecodedAudio(float[] samples, String format, int sampleRate, int channels, double seconds, boolean truncated) {
}
