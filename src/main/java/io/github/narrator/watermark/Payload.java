package io.github.narrator.watermark;

import java.util.Locale;

/**
 * What the watermark says: 48 bits. A format version (4 bits), flags (4 bits; the lowest: synthetic
 * speech), the generator (8 bits; {@link #NARRATOR} for Narrator) and a narration id (32 bits): the
 * first 32 bits of the narration's content hash, so {@code metadata.json}'s {@code contentHash}
 * starting with {@link #idHex()} is the narration it came from.
 */
public record Payload(int version, boolean synthetic, int generator, long id) {

    public static final int BITS = 48;
    public static final int VERSION = 1;
    public static final int NARRATOR = 1;

    public Payload {
        if (version < 0 || version > 15) {
            throw new IllegalArgumentException("payload version must be 0-15, not " + version);
        }
        if (generator < 0 || generator > 255) {
            throw new IllegalArgumentException("generator id must be 0-255, not " + generator);
        }
        if (id < 0 || id > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("narration id must be 32 bits, not " + id);
        }
    }

    /** Narrator's payload for a narration whose content hash is e.g. {@code sha256:1a2b3c4d...}. */
    public static Payload forNarration(String contentHash) {
        return new Payload(VERSION, true, NARRATOR, idOf(contentHash));
    }

    /** The first 32 bits of a content hash ({@code sha256:<hex>} or bare hex). */
    static long idOf(String contentHash) {
        String hex = contentHash.startsWith("sha256:") ? contentHash.substring("sha256:".length()) : contentHash;
        if (hex.length() < 8) {
            throw new IllegalArgumentException("content hash '" + contentHash + "' is too short for a narration id");
        }
        try {
            return Long.parseLong(hex.substring(0, 8), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("content hash '" + contentHash + "' is not hexadecimal", e);
        }
    }

    /** The narration id as 8 hex digits, the start of the content hash it came from. */
    public String idHex() {
        return String.format(Locale.ROOT, "%08x", id);
    }

    public String generatorName() {
        return generator == NARRATOR ? "Narrator" : "unknown generator " + generator;
    }

    /** Whether this narration's {@code contentHash} is the one the id was taken from. */
    public boolean matchesContentHash(String contentHash) {
        try {
            return idOf(contentHash) == id;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    int[] toBits() {
        long value = (long) version << 44 | (synthetic ? 1L : 0L) << 40 | (long) generator << 32 | id;
        int[] bits = new int[BITS];
        for (int i = 0; i < BITS; i++) {
            bits[i] = (int) (value >>> (BITS - 1 - i)) & 1;
        }
        return bits;
    }

    static Payload fromBits(int[] bits) {
        long value = 0;
        for (int i = 0; i < BITS; i++) {
            value = value << 1 | bits[i];
        }
        return new Payload((int) (value >>> 44) & 0xF, ((value >>> 40) & 1) == 1, (int) (value >>> 32) & 0xFF,
                value & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return "version " + version + ", " + (synthetic ? "synthetic speech" : "not flagged synthetic") + ", "
                + generatorName() + ", narration id " + idHex();
    }

}
