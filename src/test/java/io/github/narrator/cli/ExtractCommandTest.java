package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final Path SEED_SAMPLE = Path.of("samples", "articles", "kyiv-independent-lavrov-rubio.html");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ExtractCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void printsTheArticleAsText() {
        assertEquals(0, run(SEED_SAMPLE.toString()));
        String text = out.toString();
        assertTrue(text.startsWith("Title: Lavrov, Rubio discuss peace settlement"), text);
        assertTrue(text.contains("By: Lucy Pakhnyuk"), text);
        assertTrue(text.contains("Published: 2025-06-02T00:31Z"), text);
        assertTrue(text.contains("Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State"), text);
        assertFalse(text.contains("This audio is created with AI assistance"), text);
    }

    @Test
    void printsTheArticleAsJsonWithIsoDates() throws Exception {
        assertEquals(0, run(SEED_SAMPLE.toAbsolutePath().toUri().toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("Lucy Pakhnyuk", json.get("byline").asText());
        assertEquals("2025-06-02T00:31:00Z", json.get("publishedAt").asText());
        assertEquals("en", json.get("language").asText());
        assertEquals(10, json.get("sections").get(0).get("paragraphs").size());
    }

    @Test
    void refusedPagesExitWithTheReason() {
        assertEquals(1, run(Path.of("samples", "failures", "section-index.html").toString()));
        assertTrue(err.toString().contains("not an article: section index with"), err.toString());
    }

    @Test
    void webUrlsAreLeftToConvertAndRun() {
        assertEquals(2, run("https://news.example.test/story"));
        assertTrue(err.toString().contains("narrator convert <url>"), err.toString());
        assertEquals(2, run("no-such-page.html"));
        assertTrue(err.toString().contains("no such file: no-such-page.html"), err.toString());
    }

    @Test
    void dirModeWritesTextFilesAndFigures(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("pages"));
        Files.copy(SEED_SAMPLE, in.resolve("seed.html"));
        Path texts = dir.resolve("texts");
        assertEquals(0, run("--dir", in.toString(), "--out", texts.toString(), "--warm-passes", "1"));
        assertTrue(Files.readString(texts.resolve("seed.txt")).startsWith("Russian Foreign Minister"));
        assertTrue(out.toString().contains("pages=1 refused=0"), out.toString());
        assertEquals(2, run("--dir", in.toString()));
    }

    /** A windows-1252 page, as 'script' and the pipeline read it: the charset comes from the page, not UTF-8. */
    private static byte[] windows1252Page() {
        String story = "<p>The new café opens on Monday in the old bakery on Market Street, the owners said, after "
                + "two years of work on the building and a long search for a chef who could bake bread as well.</p>";
        String html = "<html><head><title>Café opens</title></head><body><article><h1>Café opens</h1>"
                + story.repeat(3) + "</article></body></html>";
        return html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    void readsAPageInItsOwnCharset(@TempDir Path dir) throws Exception {
        Path page = Files.write(dir.resolve("cafe.html"), windows1252Page());
        assertEquals(0, run(page.toString()));
        assertTrue(out.toString().contains("Title: Café opens"), out.toString());
        assertTrue(out.toString().contains("The new café opens"), out.toString());

        Path in = Files.createDirectory(dir.resolve("pages"));
        Files.write(in.resolve("cafe.html"), windows1252Page());
        Files.writeString(in.resolve("index.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        assertEquals(0, run("--dir", in.toString(), "--out", dir.resolve("texts").toString(), "--warm-passes", "0"));
        assertTrue(Files.readString(dir.resolve("texts/cafe.txt")).startsWith("The new café opens"));
        assertTrue(out.toString().contains("refused index: no article text found"), out.toString());
        assertEquals("", Files.readString(dir.resolve("texts/index.txt")));
    }

    @Test
    void takesTheSameSettingsAsTheOtherCommands(@TempDir Path dir) throws Exception {
        Path page = Files.write(dir.resolve("cafe.html"), windows1252Page());
        assertEquals(1, run(page.toString(), "--set", "narrator.extract.min-body-words=500"));
        assertTrue(err.toString().contains("at least 500 needed"), err.toString());
        assertEquals(1, run(page.toString(), "--config", dir.resolve("missing.properties").toString()));
        assertTrue(err.toString().contains("missing.properties does not exist"), err.toString());
    }
}
