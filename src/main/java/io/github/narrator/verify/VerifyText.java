package io.github.narrator.verify;

import java.util.Locale;

/** {@code narrator verify}'s report for people: a few lines per file. */
public final class VerifyText {

    private VerifyText() {
    }

    public static String render(VerifyResult result) {
        StringBuilder text = new StringBuilder(result.input()).append('\n');
        if (result.error() != null) {
            return text.append("  error:     ").append(result.error()).append('\n').toString();
        }
        VerifyResult.Audio audio = result.audio();
        text.append(String.format(Locale.ROOT, "  audio:     %s, %d Hz, %d channel(s), %.1f s (%.1f s searched)%n",
                audio.format(), audio.sampleRate(), audio.channels(), audio.seconds(), audio.secondsSearched()));
        VerifyResult.Metadata metadata = result.metadata();
        text.append("  metadata:  ").append(metadataLine(metadata)).append('\n');
        VerifyResult.Watermark watermark = result.watermark();
        if (watermark.found()) {
            VerifyResult.Payload payload = watermark.payload();
            text.append(String.format(Locale.ROOT, "  watermark: found with the %s key: %s, %s, narration id %s (format %d)%n",
                    watermark.key(), payload.synthetic() ? "synthetic speech" : "not flagged synthetic",
                    payload.generator(), payload.narrationId(), payload.version()));
            text.append(String.format(Locale.ROOT, "             confidence: strength %.1f sigma from %.1f s on;"
                    + " chance of a false detection <= %.1e%n", watermark.strength(), watermark.atSeconds(),
                    watermark.falseAlarmBound()));
        } else {
            text.append("  watermark: not found\n");
        }
        VerifyResult.Agreement agreement = result.agreement();
        text.append("  agreement: ").append(agreement.status()).append('\n');
        for (String check : agreement.checks()) {
            text.append("             ").append(check).append('\n');
        }
        text.append("  verdict:   ").append(result.marked() ? "marked as AI-generated" : "not marked").append('\n');
        return text.toString();
    }

    private static String metadataLine(VerifyResult.Metadata metadata) {
        StringBuilder line = new StringBuilder();
        append(line, "ID3 COMM", metadata.id3Comment());
        append(line, "TXXX:AI_DISCLOSURE", metadata.aiDisclosure());
        append(line, "TXXX:DIGITAL_SOURCE_TYPE", metadata.digitalSourceType());
        append(line, "TSSE", metadata.encodedBy());
        if (metadata.metadataJson() != null) {
            append(line, "metadata.json synthetic", String.valueOf(metadata.synthetic()));
            append(line, "contentHash", metadata.contentHash());
        }
        return line.length() == 0 ? "none found" : line.toString();
    }

    private static void append(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append(line.length() == 0 ? "" : "\n             ").append(name).append(" = \"").append(value).append('"');
        }
    }
}
