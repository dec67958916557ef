package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.RawHttp.Response;
import io.github.narrator.testing.SampleSites;

/**
 * Nothing outside {@code out/}, and nothing private inside it, is ever served, however the path is
 * written. Every refused request gets 400 or 404 and none of the secret's bytes.
 */
class PathTraversalTest {

    private static final String SECRET = "TOP-SECRET-NOT-FOR-THE-WEB";

    @TempDir
    static Path root;
    private static Path out;
    private static NarrationServer server;

    @BeforeAll
    static void serve() throws Exception {
        out = Files.createDirectories(root.resolve("out"));
        SampleSites.publishBoth(out);
        Files.writeString(root.resolve("secret.txt"), SECRET);
        Files.createDirectories(root.resolve("outside"));
        Files.writeString(root.resolve("outside/secret.txt"), SECRET);
        Files.createDirectories(out.resolve("state"));
        Files.writeString(out.resolve("state/ledger.json"), SECRET);
        Files.createDirectories(out.resolve("failed"));
        Files.writeString(out.resolve("failed/broken-page.json"), SECRET);
        Files.createDirectories(out.resolve(".staging/heatwave.tmp-1"));
        Files.writeString(out.resolve(".staging/heatwave.tmp-1/narration.mp3"), SECRET);
        Files.writeString(out.resolve("articles/.metadata.json.tmp-12345678"), SECRET);
        Files.createSymbolicLink(out.resolve("leak.txt"), root.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("articles/outside"), root.resolve("outside"));
        Files.createSymbolicLink(out.resolve("staged"), out.resolve(".staging"));
        Files.createSymbolicLink(out.resolve("latest.xml"), out.resolve("feed-link-target.xml"));
        Files.writeString(out.resolve("feed-link-target.xml"), "<rss/>");
        server = new NarrationServer(out, "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> refusedPaths() {
        return Stream.of(
                Arguments.of("dot-dot segments", "/../secret.txt"),
                Arguments.of("dot-dot after a folder", "/articles/../../secret.txt"),
                Arguments.of("encoded dots %2e%2e", "/%2e%2e/secret.txt"),
                Arguments.of("upper-case encoded dots %2E%2E", "/articles/%2E%2E/%2E%2E/secret.txt"),
                Arguments.of("half-encoded dots .%2e", "/.%2e/secret.txt"),
                Arguments.of("encoded slash ..%2f", "/..%2fsecret.txt"),
                Arguments.of("encoded slash after a folder", "/articles/..%2f..%2fsecret.txt"),
                Arguments.of("double-encoded dots %252e%252e", "/%252e%252e/secret.txt"),
                Arguments.of("double-encoded slash %252f", "/..%252f..%252fsecret.txt"),
                Arguments.of("backslashes", "/articles\\..\\..\\secret.txt"),
                Arguments.of("encoded backslashes %5c", "/articles%5c..%5c..%5csecret.txt"),
                Arguments.of("absolute path", "/" + root.resolve("secret.txt")),
                Arguments.of("absolute path with a double slash", "//" + root.resolve("secret.txt")),
                Arguments.of("absolute path /etc/passwd", "/etc/passwd"),
                Arguments.of("absolute-form request target with dot-dots", "http://127.0.0.1/../secret.txt"),
                Arguments.of("NUL byte %00", "/feed.xml%00.mp3"),
                Arguments.of("NUL byte before a dot-dot", "/articles/%00/../../secret.txt"),
                Arguments.of("control character %0a", "/feed.xml%0a"),
                Arguments.of("path parameter ;/..", "/feed.xml;/../../secret.txt"),
                Arguments.of("symlink to a file outside out/", "/leak.txt"),
                Arguments.of("symlink to a folder outside out/", "/articles/outside/secret.txt"),
                Arguments.of("symlink to the hidden staging folder", "/staged/heatwave.tmp-1/narration.mp3"),
                Arguments.of("idempotent store state/", "/state/ledger.json"),
                Arguments.of("failure records failed/", "/failed/broken-page.json"),
                Arguments.of("hidden staging folder .staging/", "/.staging/heatwave.tmp-1/narration.mp3"),
                Arguments.of("encoded hidden folder %2estaging", "/%2estaging/heatwave.tmp-1/narration.mp3"),
                Arguments.of("temporary file", "/articles/.metadata.json.tmp-12345678"),
                Arguments.of("site lock file", "/.site.lock"),
                Arguments.of("folder listing of articles/", "/articles/"));
    }

    @ParameterizedTest(name = "{0}: {1} → 400 or 404")
    @MethodSource("refusedPaths")
    void isRefused(String what, String path) throws Exception {
        Response response = RawHttp.send(server.port(), "GET", path);
        assertTrue(response.status() == 400 || response.status() == 404 || response.status() == 403,
                what + ": " + path + " answered " + response.status());
        assertFalse(response.text().contains(SECRET), what + " leaked the secret");
    }

    @Test
    void aSymlinkThatStaysInsideOutIsServed() throws Exception {
        Response response = RawHttp.send(server.port(), "GET", "/latest.xml");
        assertEquals(200, response.status());
        assertEquals("<rss/>", response.text());
    }

    @Test
    void dotSegmentsThatStayInsideOutResolveNormally() throws Exception {
        Response response = RawHttp.send(server.port(), "GET",
                "/articles/" + SampleSites.HEATWAVE.slug() + "/../" + SampleSites.FERRY.slug() + "/narration.vtt");
        assertEquals(200, response.status());
        assertTrue(response.text().startsWith("WEBVTT"));
    }

    @Test
    void onlyGetHeadAndOptionsAreAllowed() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "TRACE"}) {
            Response response = RawHttp.send(server.port(), method, "/feed.xml", "Content-Length: 0");
            assertEquals(405, response.status(), method);
            assertEquals("GET, HEAD, OPTIONS", response.header("Allow"), method);
        }
    }
}
