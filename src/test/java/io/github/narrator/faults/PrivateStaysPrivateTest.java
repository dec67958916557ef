package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.cli.Cli;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.serve.NarrationServer;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.Slow;

/**
 * What {@code narrator serve} hands out is what Narrator published, nothing else that lives in
 * {@code out/}: not the ledger, the failure records, staging, locks, hidden files, nor a broker's
 * journal (whose work items hold article text, scripts and source URLs); and what it publishes
 * names no local path.
 */
@Slow
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PrivateStaysPrivateTest {

    private static final Path SAMPLE = Path.of("samples", "articles", "local-bridge-closure.html");

    @TempDir
    Path work;

    @Test
    void onlyPublishedArtefactsAreServedAndNoneNamesALocalPath() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("private").resolve("drafts"));
        Path outside = Files.copy(Path.of("samples", "articles", "arc-fed-rates.html"), elsewhere.resolve("fed.html"));
        Path out = work.resolve("out");
        Cli.Result convert = Cli.run("convert", SAMPLE.toString(), outside.toString(), "--out", out.toString());
        assertEquals(0, convert.status(), convert.toString());

        // what else a shared out/ holds: a broker's journal, state, failures, staging, locks, a stray backup
        write(out.resolve("broker/journal/activemq-data-1.amq"), "article text, scripts and source URLs");
        write(out.resolve("broker/bindings/activemq-bindings-1.bindings"), "queues");
        write(out.resolve("broker/server.lock"), "");
        write(out.resolve("failed/x.json"), "{\"input\":\"/home/someone/x.html\"}");
        write(out.resolve(".staging/.x.tmp-1/narration.mp3"), "half a narration");
        write(out.resolve("backup/feed.xml"), "<rss/>");
        write(out.resolve("notes.bak"), "private");
        write(out.resolve("articles/notes.bak"), "private");

        List<String> published = new ArrayList<>();
        List<String> served = new ArrayList<>();
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0).start();
             Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "/" + out.relativize(file).toString().replace('\\', '/');
                int status = RawHttp.send(server.port(), "GET", path).status();
                (status == 200 ? served : new ArrayList<String>()).add(path);
                if (isPublished(path)) {
                    published.add(path);
                }
            }
        }
        assertEquals(published, served, "served exactly the published artefacts");
        assertTrue(served.contains("/feed.xml") && served.stream().anyMatch(p -> p.endsWith("/narration.mp3")), served.toString());

        // nothing published names a local path: not metadata.json, not the feed or pages, not the MP3's tags
        List<String> absolute = List.of(Path.of("").toAbsolutePath().toString(), work.toString(), "file:");
        for (String path : published) {
            String content = new String(Files.readAllBytes(out.resolve(path.substring(1))), StandardCharsets.ISO_8859_1);
            for (String local : absolute) {
                assertFalse(content.contains(local), path + " names " + local);
            }
        }
        List<String> sources = new ArrayList<>();
        try (Stream<Path> metadata = Files.walk(out.resolve("articles"))) {
            for (Path file : metadata.filter(f -> f.getFileName().toString().equals("metadata.json")).toList()) {
                JsonNode node = Json.MAPPER.readTree(file.toFile());
                sources.add(node.get("sourceUrl").asText());
            }
        }
        assertEquals(List.of("fed.html", "samples/articles/local-bridge-closure.html"), sources.stream().sorted().toList(),
                "a local file inside the working folder is named by its relative path, one outside it by its name");
    }

    @Test
    void theBrokersJournalIsKeptOutsideTheOutputFolderByDefault() {
        NarratorConfig config = NarratorConfig.defaults();
        Path journal = Path.of(config.get("narrator.broker.data")).toAbsolutePath().normalize();
        Path out = config.outDir().toAbsolutePath().normalize();
        assertFalse(journal.startsWith(out), journal + " is inside " + out);
    }

    /** The files Narrator publishes: the site's pages, feeds and assets, and each narration's files. */
    private static boolean isPublished(String path) {
        return path.matches("/(index\\.html|feed\\.xml|feed\\.m3u|cover\\.png|assets/player\\.(css|js))")
                || path.matches("/articles/[^/]+/(narration\\.(mp3|vtt)|script\\.txt|metadata\\.json|chapters\\.json"
                        + "|transcript\\.json|index\\.html)");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
