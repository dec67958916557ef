package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.files.Json;
import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.Timeline;

class PublisherTest {

    private static final String URL = "https://news.test/2025/06/02/lavrov-rubio";
    private static final Provenance PROVENANCE = new Provenance("Narrator/test", "FreeTTS 1.2.2", "kevin16",
            "This audio is created with AI assistance.", AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA);

    @Test
    void publishesACompleteFolderWithMetadataDescribingEveryFile(@TempDir Path out) throws Exception {
        Publisher publisher = new Publisher(out);
        NarrationMetadata metadata = publish(publisher, "first version", "sha256:v1");

        Path dir = out.resolve("articles").resolve(metadata.id());
        assertEquals(List.of("chapters.json", "metadata.json", "narration.mp3", "narration.vtt", "script.txt", "transcript.json"),
                list(dir));
        JsonNode sentences = Json.MAPPER.readTree(dir.resolve("transcript.json").toFile());
        assertEquals("1.0.0", sentences.get("version").asText());
        assertEquals("Lavrov, Rubio discuss peace settlement", sentences.get("segments").get(0).get("body").asText());
        assertEquals(1.5, sentences.get("segments").get(0).get("endTime").asDouble());
        assertEquals("first version", Files.readString(dir.resolve("narration.mp3")));
        assertTrue(Files.readString(dir.resolve("narration.vtt")).startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\n"));

        JsonNode json = Json.MAPPER.readTree(dir.resolve("metadata.json").toFile());
        for (String field : List.of("id", "sourceUrl", "source", "canonicalUrl", "title", "byline", "publishedAt", "language",
                "wordCount", "durationSeconds", "files", "voice", "generator", "generatedAt", "contentHash", "aiDisclosure")) {
            assertTrue(json.has(field), "metadata.json has " + field);
        }
        assertEquals("test-route", json.get("source").asText());
        assertEquals("2025-06-02T03:31:00+03:00", json.get("publishedAt").asText());
        assertEquals(2.5, json.get("durationSeconds").asDouble());
        assertEquals(13, json.get("files").get("narration.mp3").get("bytes").asLong());
        assertEquals(Publisher.sha256(dir.resolve("narration.mp3")), json.get("files").get("narration.mp3").get("sha256").asText());
        JsonNode chapters = Json.MAPPER.readTree(dir.resolve("chapters.json").toFile());
        assertEquals("1.2.0", chapters.get("version").asText());
        assertEquals("Introduction", chapters.get("chapters").get(0).get("title").asText());
        assertEquals(0.0, chapters.get("chapters").get(0).get("startTime").asDouble());
        assertEquals(2.5, chapters.get("chapters").get(0).get("endTime").asDouble());
        assertEquals("application/json+chapters", json.get("files").get("chapters.json").get("contentType").asText());
        JsonNode disclosure = json.get("aiDisclosure");
        assertEquals("This audio is created with AI assistance.", disclosure.get("label").asText());
        assertTrue(disclosure.get("synthetic").asBoolean());
        assertTrue(disclosure.get("spoken").asBoolean());
        assertEquals(AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA, disclosure.get("digitalSourceType").asText());
    }

    @Test
    void aNewVersionReplacesTheOldOneWhole(@TempDir Path out) throws Exception {
        Publisher publisher = new Publisher(out);
        NarrationMetadata first = publish(publisher, "first version", "sha256:v1");
        NarrationMetadata second = publish(publisher, "second version", "sha256:v2");

        Path dir = out.resolve("articles").resolve(second.id());
        assertEquals("second version", Files.readString(dir.resolve("narration.mp3")));
        assertEquals("sha256:v2", second.contentHash());
        assertEquals(first.episodePublishedAt(), second.episodePublishedAt(),
                "a new version keeps the episode's place in the feed");
        assertTrue(second.generatedAt().isAfter(first.generatedAt()) || second.generatedAt().equals(first.generatedAt()));
        assertEquals(1, list(out.resolve("articles")).size());
        assertFalse(Files.exists(out.resolve(".retired")) && !list(out.resolve(".retired")).isEmpty());
        assertEquals(List.of(), list(out.resolve(".staging")));
    }

    @Test
    void recoveryRestoresANarrationMovedAsideAndDropsLeftovers(@TempDir Path out) throws Exception {
        Publisher publisher = new Publisher(out);
        NarrationMetadata published = publish(publisher, "first version", "sha256:v1");
        Path dir = out.resolve("articles").resolve(published.id());

        // A crash between "move the old folder aside" and "move the new one in":
        Path retired = out.resolve(".retired").resolve("." + published.id() + ".tmp-dead0001");
        Files.createDirectories(retired.getParent());
        Files.move(dir, retired);
        Path staging = publisher.newStagingDir(published.id());
        Files.writeString(staging.resolve("narration.mp3"), "half");
        Files.writeString(out.resolve("articles").resolve(".feed.xml.tmp-12345678"), "partial");

        assertEquals(3, publisher.recover());
        assertEquals("first version", Files.readString(dir.resolve("narration.mp3")));
        assertEquals(List.of(), list(out.resolve(".staging")));
        assertEquals(List.of(), list(out.resolve(".retired")));
        assertEquals(List.of(published.id()), list(out.resolve("articles")));
    }

    private static NarrationMetadata publish(Publisher publisher, String audio, String hash) throws Exception {
        Article article = new Article(URL, URL, "Lavrov, Rubio discuss peace settlement", "Lucy Pakhnyuk",
                OffsetDateTime.parse("2025-06-02T03:31:00+03:00"), null, "en", "The Kyiv Independent", null, null,
                List.of(new Section(null, List.of("Russian Foreign Minister Sergey Lavrov held a call."))));
        Script script = new Script(List.of(new Script.Chapter("Introduction", List.of(
                new Utterance("Lavrov, Rubio discuss peace settlement", "Lavrov, Rubio discuss peace settlement", 0,
                        Utterance.Role.TITLE)))), List.of());
        Timeline timeline = new Timeline(List.of(new Timeline.Cue("Lavrov, Rubio discuss peace settlement",
                "Lavrov, Rubio discuss peace settlement", 0, 1_500)),
                List.of(new Timeline.ChapterMark("Introduction", 0, 2_500)), 40_000);
        Path staging = publisher.newStagingDir("lavrov-rubio");
        Path mp3 = Files.writeString(staging.resolve("narration.mp3"), audio);
        return publisher.publish(new PublishRequest(URL, "test-route", article, script, new Recording(mp3, null, timeline), staging,
                hash, PROVENANCE));
    }

    private static List<String> list(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
