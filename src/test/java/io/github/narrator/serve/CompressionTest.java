package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.RawHttp.Response;
import io.github.narrator.testing.SampleSites;

/** gzip for text, never for audio, and byte ranges and validators that stay right either way. */
class CompressionTest {

    private static final String ARTICLE = "/articles/" + SampleSites.HEATWAVE.slug() + "/";
    private static final String GZIP = "Accept-Encoding: gzip, br";

    @TempDir
    static Path out;
    private static NarrationServer server;

    @BeforeAll
    static void serve() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        server = new NarrationServer(out, "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void textIsSentGzippedToClientsThatAcceptItAndWholeToOthers() throws Exception {
        for (String path : List.of("/", "/feed.xml", "/feed.m3u", "/assets/player.js", "/assets/player.css",
                ARTICLE, ARTICLE + "narration.vtt", ARTICLE + "transcript.json", ARTICLE + "chapters.json", ARTICLE + "metadata.json")) {
            Response plain = RawHttp.send(server.port(), "GET", path);
            Response gzipped = RawHttp.send(server.port(), "GET", path, GZIP);
            assertEquals(200, gzipped.status(), path);
            if (plain.body().length < Compression.MIN_BYTES) {
                assertNull(gzipped.header("Content-Encoding"), path + " is too small to gain from gzip");
                continue;
            }
            assertEquals("gzip", gzipped.header("Content-Encoding"), path);
            assertTrue(gzipped.header("Vary").contains("Accept-Encoding"), path);
            assertNull(plain.header("Content-Encoding"), path);
            assertArrayEquals(plain.body(), gunzip(gzipped.body()), path + ": the same bytes once inflated");
            assertTrue(gzipped.body().length < plain.body().length, path);
            assertTrue(!plain.header("ETag").equals(gzipped.header("ETag")), "each encoding has its own ETag: " + path);
        }
    }

    @Test
    void aGzippedResponsesETagStillValidatesTheFile() throws Exception {
        Response first = RawHttp.send(server.port(), "GET", "/feed.xml", GZIP);
        Response again = RawHttp.send(server.port(), "GET", "/feed.xml", GZIP, "If-None-Match: " + first.header("ETag"));
        assertEquals(304, again.status());
        Response plain = RawHttp.send(server.port(), "GET", "/feed.xml", "If-None-Match: " + first.header("ETag"));
        assertEquals(304, plain.status(), "the gzip ETag names the same file");
    }

    @Test
    void audioIsNeverCompressedAndItsRangesAreBytesOfTheFile() throws Exception {
        byte[] mp3 = Files.readAllBytes(out.resolve(ARTICLE.substring(1) + "narration.mp3"));
        Response whole = RawHttp.send(server.port(), "GET", ARTICLE + "narration.mp3", GZIP);
        assertNull(whole.header("Content-Encoding"));
        assertArrayEquals(mp3, whole.body());
        Response range = RawHttp.send(server.port(), "GET", ARTICLE + "narration.mp3", GZIP, "Range: bytes=100-1099");
        assertEquals(206, range.status());
        assertNull(range.header("Content-Encoding"));
        assertEquals("bytes 100-1099/" + mp3.length, range.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(mp3, 100, 1100), range.body());
        Response suffix = RawHttp.send(server.port(), "GET", ARTICLE + "narration.mp3", GZIP, "Range: bytes=-500");
        assertEquals(206, suffix.status());
        assertArrayEquals(Arrays.copyOfRange(mp3, mp3.length - 500, mp3.length), suffix.body());
    }

    @Test
    void aRangeOfTextIsARangeOfItsUncompressedBytes() throws Exception {
        byte[] page = Files.readAllBytes(out.resolve("index.html"));
        Response range = RawHttp.send(server.port(), "GET", "/index.html", GZIP, "Range: bytes=10-59");
        assertEquals(206, range.status());
        assertNull(range.header("Content-Encoding"), "a range is never of a compressed body");
        assertEquals("bytes 10-59/" + page.length, range.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(page, 10, 60), range.body());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
