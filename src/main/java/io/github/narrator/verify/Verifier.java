package io.github.narrator.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.audio.Id3Reader;
import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.watermark.Detection;
import io.github.narrator.watermark.Payload;
import io.github.narrator.watermark.WatermarkDetector;

import org.jspecify.annotations.Nullable;

/**
 * Checks one recording for every mark Narrator leaves: the ID3 disclosure frames, the
 * {@code metadata.json} beside it, and the watermark in the audio, and says whether they agree.
 */
public final class Verifier {

    private final WatermarkDetector detector;
    private final AudioDecoder decoder;
    private final Downloader downloader;

    /** @param maxSeconds audio decoded per file, at most (the mark repeats every 11.5 s throughout) */
    public Verifier(WatermarkDetector detector, int maxSeconds, Downloader downloader) {
        this.detector = detector;
        this.decoder = new AudioDecoder(maxSeconds);
        this.downloader = downloader;
    }

    /** A file path or an http(s) URL; never throws: a failure is the result's error. */
    public VerifyResult verify(String input) {
        try {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                try (Downloader.Download download = downloader.fetch(input)) {
                    return verify(input, download.audio(), download.metadataJson());
                }
            }
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                return VerifyResult.failed(input, input + ": no such file");
            }
            Path beside = file.toAbsolutePath().resolveSibling(NarrationFiles.METADATA);
            boolean published = isPublishedAudio(file.getFileName().toString());
            return verify(input, file, published && Files.isRegularFile(beside) ? beside : null);
        } catch (IOException | RuntimeException e) {
            return VerifyResult.failed(input, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Narrator's own audio file names: only beside those is a metadata.json about them. */
    static boolean isPublishedAudio(String fileName) {
        return fileName.equals(NarrationFiles.MP3) || fileName.equals(NarrationFiles.WAV);
    }

    private VerifyResult verify(String input, Path file, @Nullable Path metadataJson) throws IOException {
        DecodedAudio audio = decoder.decode(file);
        Id3Reader.Id3Marks id3 = "MP3".equals(audio.format()) ? Id3Reader.read(file) : Id3Reader.Id3Marks.NONE;
        VerifyResult.Metadata metadata = metadata(id3, metadataJson);
        Detection detection = detector.detect(audio.samples());
        VerifyResult.Watermark watermark = new VerifyResult.Watermark(detection.found(), detection.keyName(),
                payload(detection.payload()), detection.strength(), detection.falseAlarmBound(), detection.atSeconds());
        VerifyResult.Audio decoded = new VerifyResult.Audio(audio.format(), audio.sampleRate(), audio.channels(),
                audio.seconds(), detection.secondsSearched());
        return new VerifyResult(input, null, decoded, metadata, watermark, agreement(metadata, detection),
                detection.found() || metadata.saysSynthetic());
    }

    private static VerifyResult.Metadata metadata(Id3Reader.Id3Marks id3, @Nullable Path metadataJson) throws IOException {
        String contentHash = null;
        Boolean synthetic = null;
        String generator = null;
        if (metadataJson != null) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(metadataJson.toFile());
            } catch (IOException e) {
                throw new IOException(metadataJson + " is not valid JSON: " + e.getMessage(), e);
            }
            contentHash = text(root.path("contentHash"));
            JsonNode disclosure = root.path("aiDisclosure");
            synthetic = disclosure.has("synthetic") ? disclosure.get("synthetic").asBoolean() : null;
            generator = text(disclosure.path("generator"));
        }
        return new VerifyResult.Metadata(id3.comment(), id3.userTexts().get("AI_DISCLOSURE"),
                id3.userTexts().get("DIGITAL_SOURCE_TYPE"), id3.encodedBy(),
                metadataJson == null ? null : metadataJson.toString(), contentHash, synthetic, generator);
    }

    private static @Nullable String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static VerifyResult.@Nullable Payload payload(@Nullable Payload payload) {
        return payload == null ? null : new VerifyResult.Payload(payload.version(), payload.synthetic(),
                payload.generator(), payload.generatorName(), payload.idHex());
    }

    static VerifyResult.Agreement agreement(VerifyResult.Metadata metadata, Detection detection) {
        List<String> checks = new ArrayList<>();
        if (!detection.found()) {
            if (metadata.saysSynthetic()) {
                checks.add("the metadata says AI-generated, but no watermark was found: not made by Narrator, "
                        + "cut too short, or degraded beyond what the mark survives");
                return new VerifyResult.Agreement("metadata-only", checks);
            }
            checks.add("no watermark and no metadata marks");
            return new VerifyResult.Agreement("unmarked", checks);
        }
        Payload payload = detection.payload();
        if (!metadata.saysSynthetic()) {
            checks.add("no metadata marks (stripped by re-encoding?): the watermark alone says " + payload);
            return new VerifyResult.Agreement("watermark-only", checks);
        }
        boolean agree = check(checks, payload.synthetic(), "synthetic speech: the metadata and the watermark both say so",
                "synthetic speech: the metadata says so, the watermark's flag does not");
        String generator = metadata.generatorClaimed();
        if (generator != null) {
            boolean narrator = generator.startsWith("Narrator");
            agree &= check(checks, narrator == (payload.generator() == Payload.NARRATOR),
                    "generator: metadata " + generator + ", watermark " + payload.generatorName(),
                    "generator differs: metadata " + generator + ", watermark " + payload.generatorName());
        }
        if (metadata.contentHash() != null) {
            agree &= check(checks, payload.matchesContentHash(metadata.contentHash()),
                    "narration id " + payload.idHex() + " starts metadata.json's contentHash",
                    "narration id " + payload.idHex() + " is not metadata.json's contentHash " + metadata.contentHash()
                            + " (another narration's audio?)");
        }
        return new VerifyResult.Agreement(agree ? "agree" : "disagree", checks);
    }

    private static boolean check(List<String> checks, boolean holds, String ifHolds, String ifNot) {
        checks.add(holds ? ifHolds : ifNot);
        return holds;
    }
}
