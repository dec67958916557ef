package io.github.narrator.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioFormat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.sciss.jump3r.lowlevel.LameEncoder;
import io.github.narrator.files.Json;
import io.github.narrator.files.MediaTypes;
import io.github.narrator.files.NarrationFiles;

/**
 * Published narration folders for tests of the feed, pages and server, written the way the
 * publisher lays them out ({@code out/articles/<slug>/...}) but without the speech stages: the
 * audio is a real MP3 (a tone, one burst per sentence) encoded with jump3r, the transcript has one
 * cue per sentence.
 */
public final class PublishedSamples {

    public static final int SAMPLE_RATE = 16_000;
    public static final String LABEL = "This audio is created with AI assistance.";

    /** One article to publish. Sentences are spread evenly over the duration; chapters start at the given sentence indexes. */
    public record Sample(String slug, String url, String title, OffsetDateTime publishedAt, List<String> sentences,
            List<Integer> chapterStarts, List<String> chapterTitles, double seconds) {
    }

    /** Encoding is the slow part of a test; the same audio is encoded once per JVM. */
    private static final Map<String, byte[]> ENCODED = new ConcurrentHashMap<>();

    private PublishedSamples() {
    }

    /** Publishes {@code sample} into {@code out}; returns its folder. Its metadata names no source route, like files from before sources were recorded. */
    public static Path publish(Path out, Sample sample) throws IOException {
        return publish(out, sample, null);
    }

    /** Publishes {@code sample} into {@code out} as found by the source route {@code source}; returns its folder. */
    public static Path publish(Path out, Sample sample, String source) throws IOException {
        Path dir = Files.createDirectories(out.resolve("articles").resolve(sample.slug()));
        double perSentence = sample.seconds() / sample.sentences().size();
        Files.write(dir.resolve("narration.mp3"), mp3(sample.seconds(), sample.sentences().size()));
        Files.writeString(dir.resolve("narration.vtt"), vtt(sample.sentences(), perSentence), StandardCharsets.UTF_8);
        Json.write(dir.resolve("transcript.json"), transcript(sample.sentences(), perSentence));
        Files.writeString(dir.resolve("script.txt"), String.join(" ", sample.sentences()) + "\n", StandardCharsets.UTF_8);
        Json.write(dir.resolve("chapters.json"), chapters(sample, perSentence));
        ObjectNode metadata = metadata(sample, dir, perSentence);
        if (source != null) {
            metadata.put("source", source);
        }
        Json.write(dir.resolve("metadata.json"), metadata);
        return dir;
    }

    /** A real MPEG-2 Layer III file (16 kHz mono, CBR 48 kb/s): a 220 Hz tone pulsing like speech, a pause between sentences. */
    public static byte[] mp3(double seconds, int sentences) {
        return ENCODED.computeIfAbsent(seconds + "/" + sentences, key -> encode(seconds, sentences)).clone();
    }

    private static byte[] encode(double seconds, int sentences) {
        int samples = (int) Math.round(seconds * SAMPLE_RATE);
        byte[] pcm = new byte[samples * 2];
        double sentenceLength = (double) samples / sentences;
        for (int i = 0; i < samples; i++) {
            double inSentence = (i % sentenceLength) / sentenceLength;
            double envelope = inSentence > 0.85 ? 0 : 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * i / SAMPLE_RATE);
            short value = (short) (envelope * 8000 * Math.sin(2 * Math.PI * 220 * i / SAMPLE_RATE));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
        LameEncoder encoder = new LameEncoder(format, 48, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            int chunk = encoder.getPCMBufferSize();
            for (int offset = 0; offset < pcm.length; offset += chunk) {
                int written = encoder.encodeBuffer(pcm, offset, Math.min(chunk, pcm.length - offset), buffer);
                out.write(buffer, 0, written);
            }
            out.write(buffer, 0, encoder.encodeFinish(buffer));
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }

    private static String vtt(List<String> sentences, double perSentence) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < sentences.size(); i++) {
            vtt.append('\n').append(i + 1).append('\n')
               .append(timestamp(i * perSentence)).append(" --> ").append(timestamp((i + 0.85) * perSentence)).append('\n')
               .append(sentences.get(i).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append('\n');
        }
        return vtt.toString();
    }

    /** The sentences as {@code transcript.json} holds them (Podcasting 2.0 JSON), timed as the captions. */
    private static ObjectNode transcript(List<String> sentences, double perSentence) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("version", "1.0.0");
        ArrayNode segments = root.putArray("segments");
        for (int i = 0; i < sentences.size(); i++) {
            segments.addObject().put("startTime", round(i * perSentence)).put("endTime", round((i + 0.85) * perSentence))
                    .put("body", sentences.get(i));
        }
        return root;
    }

    private static String timestamp(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }

    private static ObjectNode chapters(Sample sample, double perSentence) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("version", "1.2.0");
        ArrayNode list = root.putArray("chapters");
        for (int c = 0; c < sample.chapterStarts().size(); c++) {
            double start = sample.chapterStarts().get(c) * perSentence;
            double end = c + 1 < sample.chapterStarts().size() ? sample.chapterStarts().get(c + 1) * perSentence : sample.seconds();
            list.addObject().put("startTime", round(start)).put("endTime", round(end)).put("title", sample.chapterTitles().get(c));
        }
        return root;
    }

    private static ObjectNode metadata(Sample sample, Path dir, double perSentence) throws IOException {
        ObjectNode json = Json.MAPPER.createObjectNode()
                .put("id", sample.slug())
                .put("guid", "narrator:" + sha256(sample.url()).substring(0, 32))
                .put("sourceUrl", sample.url())
                .put("canonicalUrl", sample.url())
                .put("title", sample.title())
                .put("byline", "Jane Reporter")
                .put("siteName", "The Test Gazette")
                .put("publishedAt", sample.publishedAt().toString())
                .put("language", "en")
                .put("description", "What happened, in brief.")
                .put("wordCount", String.join(" ", sample.sentences()).split("\\s+").length)
                .put("durationSeconds", sample.seconds());
        ObjectNode files = json.putObject("files");
        for (String name : List.of(NarrationFiles.MP3, NarrationFiles.VTT, NarrationFiles.TRANSCRIPT, NarrationFiles.SCRIPT,
                NarrationFiles.CHAPTERS)) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            files.putObject(name).put("bytes", bytes.length).put("sha256", sha256(bytes)).put("contentType", MediaTypes.contentType(name));
        }
        ArrayNode chapters = json.putArray("chapters");
        for (int c = 0; c < sample.chapterStarts().size(); c++) {
            double start = sample.chapterStarts().get(c) * perSentence;
            double end = c + 1 < sample.chapterStarts().size() ? sample.chapterStarts().get(c + 1) * perSentence : sample.seconds();
            chapters.addObject().put("title", sample.chapterTitles().get(c)).put("startSeconds", round(start)).put("endSeconds", round(end));
        }
        json.put("voice", "kevin16").put("ttsEngine", "FreeTTS 1.2.2").put("generator", "Narrator/test")
            .put("generatedAt", sample.publishedAt().toInstant().plusSeconds(3600).toString())
            .put("episodePublishedAt", sample.publishedAt().toInstant().plusSeconds(3600).toString())
            .put("contentHash", "sha256:" + sha256(String.join("\n", sample.sentences())));
        json.putObject("aiDisclosure").put("label", LABEL).put("synthetic", true)
            .put("digitalSourceType", "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")
            .put("spoken", true).put("generator", "Narrator/test");
        return json;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
