package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.audio.Recording;
import io.github.narrator.files.Json;
import io.github.narrator.speech.TestScripts;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.Narrations;
import io.github.narrator.watermark.WatermarkKey;
import picocli.CommandLine;

/** {@code narrator verify} on real narrations: what it prints, its JSON, and its exit status. */
class VerifyCommandTest {

    @TempDir
    static Path work;
    private static Recording marked;
    private static Recording plain;

    @BeforeAll
    static void narrate() throws Exception {
        marked = Narrations.record(work.resolve("marked"), TestScripts.bodyOfSentences(9), WatermarkKey.DEFAULT);
        Files.writeString(work.resolve("marked/metadata.json"), "{\"contentHash\": \"" + Narrations.CONTENT_HASH
                + "\", \"aiDisclosure\": {\"synthetic\": true, \"generator\": \"Narrator/test\"}}");
        plain = Narrations.record(work.resolve("plain"), TestScripts.bodyOfSentences(9), null);
    }

    @Test
    void aNarrationsTagsMetadataAndWatermarkAllAgree() throws Exception {
        Output output = verify(marked.mp3().toString(), "--json");
        assertEquals(0, output.status(), output.err());
        JsonNode result = Json.MAPPER.readTree(output.out()).get(0);
        assertTrue(result.path("marked").asBoolean());
        assertEquals(Narrations.PROVENANCE.disclosureLabel(), result.path("metadata").path("aiDisclosure").asText());
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
                result.path("metadata").path("digitalSourceType").asText());
        JsonNode watermark = result.path("watermark");
        assertTrue(watermark.path("found").asBoolean());
        assertEquals(WatermarkKey.DEFAULT.name(), watermark.path("key").asText());
        assertEquals(Narrations.CONTENT_HASH.substring(7, 15), watermark.path("payload").path("narrationId").asText());
        assertTrue(watermark.path("payload").path("synthetic").asBoolean());
        assertTrue(watermark.path("strength").asDouble() > 10);
        assertEquals("agree", result.path("agreement").path("status").asText());
    }

    @Test
    void theWatermarkAloneStillMarksAWavWithNoTagsAndTheTextSaysSo() throws Exception {
        Path bare = Files.createDirectories(work.resolve("bare")).resolve("copy.wav");
        Files.copy(marked.wav(), bare);
        Output output = verify(bare.toString());
        assertEquals(0, output.status());
        assertTrue(output.out().contains("watermark: found with the default (public) key: synthetic speech, Narrator"), output.out());
        assertTrue(output.out().contains("agreement: watermark-only"), output.out());
    }

    @Test
    void audioWithNoMarkIsNotMarkedAndTaggedAudioWithoutTheWatermarkIsSaidToDisagree() throws Exception {
        Output wav = verify(plain.wav().toString(), "--json");
        assertEquals(1, wav.status());
        JsonNode result = Json.MAPPER.readTree(wav.out()).get(0);
        assertFalse(result.path("watermark").path("found").asBoolean());
        assertEquals("unmarked", result.path("agreement").path("status").asText());

        Output mp3 = verify(plain.mp3().toString(), "--json");
        assertEquals(0, mp3.status(), "its ID3 disclosure still marks it");
        assertEquals("metadata-only", Json.MAPPER.readTree(mp3.out()).get(0).path("agreement").path("status").asText());
    }

    @Test
    void unreadableInputsAreErrorsNamedInTheOutputAndTheOthersStillChecked() throws Exception {
        Path text = work.resolve("notes.txt");
        Files.writeString(text, "not audio");
        Output output = verify(text.toString(), work.resolve("missing.mp3").toString(), marked.mp3().toString());
        assertEquals(2, output.status());
        assertTrue(output.out().contains("notes.txt is neither WAV nor MP3"), output.out());
        assertTrue(output.out().contains("missing.mp3: no such file"), output.out());
        assertTrue(output.out().contains("agreement: agree"), output.out());
    }

    @Test
    void aUrlIsFetchedWithTheMetadataPublishedBesideIt() throws Exception {
        byte[] mp3 = Files.readAllBytes(marked.mp3());
        byte[] metadata = Files.readAllBytes(work.resolve("marked/metadata.json"));
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.route("/articles/a/narration.mp3", exchange -> LocalHttpServer.respond(exchange, 200, "audio/mpeg", mp3));
            server.route("/articles/a/metadata.json", exchange -> LocalHttpServer.respond(exchange, 200, "application/json", metadata));
            server.route("/gone.mp3", exchange -> LocalHttpServer.respond(exchange, 404, "text/plain",
                    "gone".getBytes(StandardCharsets.UTF_8)));
            Output output = verify(server.url("/articles/a/narration.mp3"), "--json");
            assertEquals(0, output.status(), output.out());
            JsonNode result = Json.MAPPER.readTree(output.out()).get(0);
            assertEquals("agree", result.path("agreement").path("status").asText());
            assertEquals(Narrations.CONTENT_HASH, result.path("metadata").path("contentHash").asText());

            Output gone = verify(server.url("/gone.mp3"));
            assertEquals(2, gone.status());
            assertTrue(gone.out().contains("answered HTTP 404"), gone.out());
        }
    }

    @Test
    void aPublishersPrivateKeyIsTriedFromTheSettingsAndNeverShownOrWritten() throws Exception {
        String secret = "correct horse battery staple";
        Recording own = Narrations.record(work.resolve("own"), TestScripts.bodyOfSentences(9), WatermarkKey.privateKey(secret));
        for (java.nio.file.Path file : new java.nio.file.Path[] {own.mp3(), own.wav()}) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(secret), file + " holds the key");
        }
        assertEquals(1, verify(own.wav().toString()).status(), "the default key alone does not find it");
        Path settings = work.resolve("publisher.properties");
        Files.writeString(settings, "narrator.watermark.key=" + secret + "\n");
        Output output = verify("--config", settings.toString(), own.wav().toString());
        assertEquals(0, output.status(), output.out() + output.err());
        assertTrue(output.out().contains("found with the private (narrator.watermark.key) key"), output.out());
        assertFalse(output.out().contains(secret));
    }

    private static Output verify(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = NarratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = "verify";
        System.arraycopy(args, 0, full, 1, args.length);
        int status = commandLine.execute(full);
        return new Output(status, out.toString(), err.toString());
    }

    private record Output(int status, String out, String err) {
    }
}
