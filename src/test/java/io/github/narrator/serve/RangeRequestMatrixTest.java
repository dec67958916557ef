package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.RawHttp.Response;
import io.github.narrator.testing.SampleSites;

/** Byte ranges and conditional requests on a narration's MP3, as browsers, Safari and podcast apps send them. */
class RangeRequestMatrixTest {

    private static final String MP3 = "/articles/" + SampleSites.HEATWAVE.slug() + "/narration.mp3";

    @TempDir
    static Path out;
    private static NarrationServer server;
    private static byte[] file;

    @BeforeAll
    static void serve() throws Exception {
        SampleSites.publishBoth(out);
        file = Files.readAllBytes(out.resolve(MP3.substring(1)));
        server = new NarrationServer(out, "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    @DisplayName("GET without Range → 200, whole file, Accept-Ranges: bytes, ETag, Last-Modified, audio/mpeg")
    void wholeFile() throws Exception {
        Response response = get();
        assertEquals(200, response.status());
        assertArrayEquals(file, response.body());
        assertEquals(String.valueOf(file.length), response.header("Content-Length"));
        assertEquals("bytes", response.header("Accept-Ranges"));
        assertEquals("audio/mpeg", response.header("Content-Type"));
        assertTrue(response.header("ETag").matches("\"[0-9a-f.]+\""), "a strong ETag: " + response.header("ETag"));
        assertNotNull(response.header("Last-Modified"));
    }

    @Test
    @DisplayName("Range: bytes=0-1 (Safari's first request) → 206, exactly 2 bytes, Content-Range bytes 0-1/size")
    void safariProbe() throws Exception {
        assertPartial(get("Range: bytes=0-1"), 0, 1);
    }

    @Test
    @DisplayName("Range: bytes=a-b → 206 with that slice")
    void closedRange() throws Exception {
        assertPartial(get("Range: bytes=1000-1999"), 1000, 1999);
    }

    @Test
    @DisplayName("Range: bytes=a- → 206 from a to the end")
    void openRange() throws Exception {
        assertPartial(get("Range: bytes=4096-"), 4096, file.length - 1);
    }

    @Test
    @DisplayName("Range: bytes=-n (suffix) → 206 with the last n bytes")
    void suffixRange() throws Exception {
        assertPartial(get("Range: bytes=-500"), file.length - 500, file.length - 1);
    }

    @Test
    @DisplayName("Range: bytes=-n with n larger than the file → 206 with the whole file")
    void suffixLargerThanFile() throws Exception {
        assertPartial(get("Range: bytes=-" + (file.length * 2)), 0, file.length - 1);
    }

    @Test
    @DisplayName("Range: bytes=a-b with b past the end → 206 up to the last byte")
    void rangePastTheEnd() throws Exception {
        assertPartial(get("Range: bytes=100-" + (file.length + 5000)), 100, file.length - 1);
    }

    @Test
    @DisplayName("Range starting past the end → 416 with Content-Range bytes */size")
    void unsatisfiable() throws Exception {
        Response response = get("Range: bytes=" + file.length + "-");
        assertEquals(416, response.status());
        assertEquals("bytes */" + file.length, response.header("Content-Range"));
    }

    @Test
    @DisplayName("Range: bytes=-0 → 416")
    void emptySuffix() throws Exception {
        assertEquals(416, get("Range: bytes=-0").status());
    }

    @Test
    @DisplayName("Two ranges → 206 multipart/byteranges with both parts")
    void twoRanges() throws Exception {
        Response response = get("Range: bytes=0-1,100-109");
        assertEquals(206, response.status());
        assertTrue(response.header("Content-Type").startsWith("multipart/byteranges"));
        String body = new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(body.contains("Content-Range: bytes 0-1/" + file.length), body);
        assertTrue(body.contains("Content-Range: bytes 100-109/" + file.length), body);
    }

    @Test
    @DisplayName("More than 4 ranges → 200, whole file (Range ignored)")
    void tooManyRanges() throws Exception {
        assertWhole(get("Range: bytes=0-1,2-3,4-5,6-7,8-9"));
    }

    @Test
    @DisplayName("Malformed Range (bytes=abc, bytes=5-2, items=0-1, no unit, 30-digit position) → 200, Range ignored")
    void malformedRangesAreIgnored() throws Exception {
        for (String range : new String[] {"bytes=abc", "bytes=5-2", "items=0-1", "0-1", "bytes=", "bytes=0-1;2-3",
                "bytes=0-999999999999999999999999999999"}) {
            Response response = get("Range: " + range);
            assertEquals(200, response.status(), range);
            assertArrayEquals(file, response.body(), range);
        }
    }

    @Test
    @DisplayName("HEAD → 200, headers of the whole file, no body")
    void head() throws Exception {
        Response response = RawHttp.send(server.port(), "HEAD", MP3);
        assertEquals(200, response.status());
        assertEquals(String.valueOf(file.length), response.header("Content-Length"));
        assertEquals("audio/mpeg", response.header("Content-Type"));
        assertEquals(0, response.body().length);
    }

    @Test
    @DisplayName("HEAD with Range: bytes=0-1 → 206, Content-Length 2, no body")
    void headRange() throws Exception {
        Response response = RawHttp.send(server.port(), "HEAD", MP3, "Range: bytes=0-1");
        assertEquals(206, response.status());
        assertEquals("2", response.header("Content-Length"));
        assertEquals("bytes 0-1/" + file.length, response.header("Content-Range"));
    }

    @Test
    @DisplayName("If-None-Match with the current ETag → 304, no body")
    void ifNoneMatch() throws Exception {
        Response response = get("If-None-Match: " + etag());
        assertEquals(304, response.status());
        assertEquals(0, response.body().length);
        assertEquals(etag(), response.header("ETag"));
    }

    @Test
    @DisplayName("If-None-Match with another ETag → 200, whole file")
    void ifNoneMatchOther() throws Exception {
        assertWhole(get("If-None-Match: \"something-else\""));
    }

    @Test
    @DisplayName("If-Modified-Since the Last-Modified date → 304")
    void ifModifiedSince() throws Exception {
        assertEquals(304, get("If-Modified-Since: " + get().header("Last-Modified")).status());
    }

    @Test
    @DisplayName("If-Range with the current ETag → 206")
    void ifRangeCurrentEtag() throws Exception {
        assertPartial(get("Range: bytes=10-19", "If-Range: " + etag()), 10, 19);
    }

    @Test
    @DisplayName("If-Range with an old ETag → 200, whole file (the file changed since)")
    void ifRangeOldEtag() throws Exception {
        assertWhole(get("Range: bytes=10-19", "If-Range: \"0.0.0\""));
    }

    @Test
    @DisplayName("If-Range with a weak ETag → 200 (If-Range needs a strong match)")
    void ifRangeWeakEtag() throws Exception {
        assertWhole(get("Range: bytes=10-19", "If-Range: W/" + etag()));
    }

    @Test
    @DisplayName("If-Range with the Last-Modified date → 206; with an older date → 200")
    void ifRangeDate() throws Exception {
        assertPartial(get("Range: bytes=10-19", "If-Range: " + get().header("Last-Modified")), 10, 19);
        assertWhole(get("Range: bytes=10-19", "If-Range: Mon, 01 Jan 2024 00:00:00 GMT"));
    }

    @Test
    @DisplayName("A narration replaced atomically → new ETag, and If-Range with the old one gets the new file whole")
    void replacedFileHasANewEtag() throws Exception {
        Path other = out.resolve("articles").resolve(SampleSites.FERRY.slug()).resolve("narration.mp3");
        String before = RawHttp.send(server.port(), "HEAD", "/articles/" + SampleSites.FERRY.slug() + "/narration.mp3").header("ETag");
        byte[] replacement = Arrays.copyOf(Files.readAllBytes(other), 3000);
        Path temp = Files.write(other.resolveSibling(".narration.mp3.tmp-test"), replacement);
        Files.move(temp, other, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Response response = RawHttp.send(server.port(), "GET", "/articles/" + SampleSites.FERRY.slug() + "/narration.mp3",
                "Range: bytes=0-1", "If-Range: " + before);
        assertEquals(200, response.status());
        assertArrayEquals(replacement, response.body());
        assertTrue(!before.equals(response.header("ETag")), before + " vs " + response.header("ETag"));
    }

    private static String etag() throws Exception {
        return RawHttp.send(server.port(), "HEAD", MP3).header("ETag");
    }

    private static Response get(String... headers) throws Exception {
        return RawHttp.send(server.port(), "GET", MP3, headers);
    }

    private static void assertPartial(Response response, int first, int last) {
        assertEquals(206, response.status());
        assertEquals("bytes " + first + "-" + last + "/" + file.length, response.header("Content-Range"));
        assertEquals(String.valueOf(last - first + 1), response.header("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(file, first, last + 1), response.body());
        assertEquals("audio/mpeg", response.header("Content-Type"));
    }

    private static void assertWhole(Response response) {
        assertEquals(200, response.status());
        assertNull(response.header("Content-Range"));
        assertArrayEquals(file, response.body());
    }
}
