package io.github.narrator.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

/** Decodes an MP3 with jump3r's decoder (mpglib), independent of the encoder's own bookkeeping. */
final class Mp3Decoding {

    private Mp3Decoding() {
    }

    /** The decoded mono samples, after any ID3v2 tag; throws if the decoder reports an error. */
    static short[] decode(byte[] mp3) {
        short[][] decoded = {new short[16_000]};
        int[] count = {0};
        try {
            Mp3Decoder.decode(new ByteArrayInputStream(mp3), (left, right, got, sampleRate) -> {
                if (sampleRate != 16_000 || right != null) {
                    throw new AssertionError("decoded stream is not 16 kHz mono: " + sampleRate + " Hz, "
                            + (right == null ? 1 : 2) + " channels");
                }
                if (count[0] + got > decoded[0].length) {
                    decoded[0] = Arrays.copyOf(decoded[0], Math.max(decoded[0].length * 2, count[0] + got));
                }
                System.arraycopy(left, 0, decoded[0], count[0], got);
                count[0] += got;
                return true;
            });
        } catch (IOException e) {
            throw new AssertionError("mpglib failed: " + e.getMessage(), e);
        }
        return Arrays.copyOf(decoded[0], count[0]);
    }
}
