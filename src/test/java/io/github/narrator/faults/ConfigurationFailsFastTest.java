package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.narrator.cli.Cli;
import io.github.narrator.testing.Slow;

/**
 * Configuration that can never work stops {@code narrator run} before it starts, with one clear line
 * and exit status 1, instead of starting and failing every article on its own (exit 2) or finding
 * "nothing new" (exit 0). A wrong command line is exit status 64, some failed inputs 2.
 */
@Slow
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConfigurationFailsFastTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({
        "narrator.mp3.bitrate-kbps=-48, narrator.mp3.bitrate-kbps",
        "narrator.voice=nosuchvoice, narrator.voice",
        "narrator.fetch.max-bytes=-1, narrator.fetch.max-bytes",
    })
    void aBadSettingStopsTheRunBeforeItStarts(String setting, String key) throws IOException {
        Cli.Result result = run(feedRoute(), "--set", setting);

        assertEquals(1, result.status(), result.toString());
        List<String> lines = result.err().lines().filter(line -> line.contains(key)).toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("narrator run: setting " + setting + " (from --set): "), lines.get(0));
        assertFalse(Files.exists(work.resolve("out")), "nothing was started");
    }

    @Test
    void aDropFolderThatDoesNotExistIsAnErrorAndIsNotCreated() throws IOException {
        Path missing = work.resolve("no-such-folder");
        Cli.Result result = run(routes("""
                - templatedRoute:
                    routeTemplateRef: drop-folder
                    routeId: drops
                    parameters:
                      - {name: path, value: "%s"}
                """.formatted(missing)));

        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("folder " + missing + " does not exist"), result.err());
        assertFalse(Files.exists(missing), "the folder was not created");
    }

    @Test
    void aFileRouteToAFolderThatDoesNotExistIsAnErrorAndIsNotCreated() throws IOException {
        Path missing = work.resolve("no-such-folder");
        Cli.Result result = run(routes("""
                - route:
                    id: long-form-drops
                    from:
                      uri: "file:%s?noop=true"
                      steps:
                        - to: direct:narrator-file
                """.formatted(missing)));

        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("route long-form-drops reads the folder " + missing + ", which does not exist"),
                result.err());
        assertFalse(Files.exists(missing), "the folder was not created");
    }

    @Test
    void aRouteSendingToAnEndpointNobodyReadsIsAnError() throws IOException {
        Cli.Result result = run(routes("""
                - route:
                    id: misspelt
                    from:
                      uri: "timer:misspelt?repeatCount=1"
                      steps:
                        - setBody:
                            constant: "samples/feed.xml"
                        - to: direct:narrator-fede
                """));

        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("route misspelt sends to direct:narrator-fede, which no route reads from"),
                result.err());
    }

    @Test
    void aWrongCommandLineIsStatus64AndFailedInputsAre2() throws IOException {
        assertEquals(64, Cli.run("convert").status());
        assertEquals(64, Cli.run("run", "--no-such-option").status());
        Path notAnArticle = Files.writeString(work.resolve("index.html"), "<html><body><p>Nothing to read.</p></body></html>");
        Cli.Result failed = Cli.run("convert", notAnArticle.toString(), "--out", work.resolve("out").toString());
        assertEquals(2, failed.status(), failed.toString());
    }

    private Cli.Result run(Path routes, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--once", "--routes", routes.toString(),
                "--out", work.resolve("out").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Path feedRoute() throws IOException {
        return routes("""
                - templatedRoute:
                    routeTemplateRef: feed
                    routeId: samples-feed
                    parameters:
                      - {name: url, value: samples/feed.xml}
                """);
    }

    private Path routes(String yaml) throws IOException {
        Path routes = Files.createDirectories(work.resolve("routes"));
        Files.writeString(routes.resolve("source.yaml"), yaml);
        return routes;
    }
}
