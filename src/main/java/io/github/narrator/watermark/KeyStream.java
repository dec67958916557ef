package io.github.narrator.watermark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A deterministic stream of pseudo-random numbers drawn from a key: SHA-256 of (key, purpose,
 * counter), 32 bytes at a time. Simple enough to reimplement anywhere, so the mark is checkable
 * without this code.
 */
final class KeyStream {

    private final byte[] seed;
    private final MessageDigest sha256;
    private byte[] block = new byte[0];
    private int used;
    private long counter;

    KeyStream(String key, String purpose) {
        this.seed = (key + "\u0000" + purpose + "\u0000").getBytes(StandardCharsets.UTF_8);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    int nextByte() {
        if (used == block.length) {
            sha256.update(seed);
            for (int shift = 56; shift >= 0; shift -= 8) {
                sha256.update((byte) (counter >>> shift));
            }
            counter++;
            block = sha256.digest();
            used = 0;
        }
        return block[used++] & 0xff;
    }

    /** Uniform in [0, 1), 53 bits. */
    double nextDouble() {
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = bits << 8 | nextByte();
        }
        return (bits >>> 3) * 0x1.0p-53;
    }

    /** +1 or -1, evenly. */
    int nextSign() {
        return (nextByte() & 1) == 0 ? 1 : -1;
    }
}
