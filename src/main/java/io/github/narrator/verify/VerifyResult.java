package io.github.narrator.verify;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code narrator verify} found in one file: printed as text or, with {@code --json}, as JSON.
 *
 * @param input     the file or URL as given
 * @param error     why it could not be checked; null when it was checked
 * @param audio     what was decoded; null on error
 * @param metadata  the marks in its tags and in a {@code metadata.json} beside it; null on error
 * @param watermark what the detector found; null on error
 * @param agreement whether the metadata and the watermark say the same; null on error
 * @param marked    the file carries a mark that it is AI-generated: the watermark, or metadata saying so
 */
public record VerifyResult(String input, @Nullable String error, @Nullable Audio audio, @Nullable Metadata metadata,
                           @Nullable Watermark watermark, @Nullable Agreement agreement, boolean marked) {

    static VerifyResult failed(String input, String error) {
        return new VerifyResult(input, error, null, null, null, null, false);
    }

    /** The file as decoded: its own format, rate and channels, and how much of it was searched. */
    public record Audio(String format, int sampleRate, int channels, double seconds, double secondsSearched) {
    }

    /**
     * A mark the file does not carry is null.
     *
     * @param id3Comment         the COMM frame (Narrator writes its disclosure label there)
     * @param aiDisclosure       TXXX:AI_DISCLOSURE
     * @param digitalSourceType  TXXX:DIGITAL_SOURCE_TYPE (an IPTC URI)
     * @param encodedBy          TSSE: the generator, e.g. Narrator/0.1.0
     * @param metadataJson       the metadata.json read beside the file
     * @param contentHash        its contentHash
     * @param synthetic          its aiDisclosure.synthetic
     * @param generator          its aiDisclosure.generator
     */
    public record Metadata(@Nullable String id3Comment, @Nullable String aiDisclosure, @Nullable String digitalSourceType,
                           @Nullable String encodedBy, @Nullable String metadataJson, @Nullable String contentHash,
                           @Nullable Boolean synthetic, @Nullable String generator) {

        /** An AI disclosure frame, an IPTC digital source type for generated media, or metadata.json's flag. */
        boolean saysSynthetic() {
            return aiDisclosure != null || Boolean.TRUE.equals(synthetic) || digitalSourceType != null
                    && (digitalSourceType.contains("Algorithmic") || digitalSourceType.contains("Synthetic"));
        }

        @Nullable String generatorClaimed() {
            return generator != null ? generator : encodedBy;
        }
    }

    /**
     * @param found           a mark with a valid CRC was decoded
     * @param key             which key found it (its name, never the key); null when none was found
     * @param payload         what the mark says; null when none was found
     * @param strength        standard deviations above chance
     * @param falseAlarmBound chance of a detection like this in audio with no mark
     * @param atSeconds       where the excerpt that carried it starts
     */
    public record Watermark(boolean found, @Nullable String key, @Nullable Payload payload, double strength, double falseAlarmBound,
                            double atSeconds) {
    }

    /** The mark's payload, spelled out. */
    public record Payload(int version, boolean synthetic, int generatorId, String generator, String narrationId) {
    }

    /**
     * @param status one of agree, disagree, watermark-only, metadata-only, unmarked
     * @param checks what was compared, one line each
     */
    public record Agreement(String status, List<String> checks) {
    }
}
