package io.github.narrator.speech;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Keeps every sample written, for tests of short scripts. */
public final class CollectingSink implements PcmSink {

    private short[] samples = new short[16_000];
    private int count;
    private boolean closed;

    @Override
    public void write(short[] buffer, int offset, int length) {
        if (count + length > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(samples.length * 2, count + length));
        }
        System.arraycopy(buffer, offset, samples, count, length);
        count += length;
    }

    @Override
    public void close() {
        closed = true;
    }

    public short[] samples() {
        return Arrays.copyOf(samples, count);
    }

    public int count() {
        return count;
    }

    public boolean closed() {
        return closed;
    }

    /** SHA-256 of the samples as 16-bit little-endian PCM. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < count; i++) {
                digest.update((byte) samples[i]);
                digest.update((byte) (samples[i] >> 8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
