package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.testing.LocalHttpServer;

class PageFetcherTest {

    private static final long CAP = 64 * 1024;

    private LocalHttpServer server;
    private PageFetcher fetcher;
    private final SourcePolicy loopback = SourcePolicy.publicWeb().withPrivateAddresses(true);

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
        fetcher = new PageFetcher(new FetchSettings(Duration.ofSeconds(2), Duration.ofMillis(800), CAP, 3,
                "Narrator/test", false));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchedPage get(String path) throws FetchException {
        return fetcher.fetch(server.url(path), loopback, Validators.NONE).orElseThrow();
    }

    @Test
    void fetchesAPageWithItsCharsetAndUserAgent() throws Exception {
        server.route("/a", exchange -> {
            String agent = exchange.getRequestHeaders().getFirst("User-Agent");
            LocalHttpServer.respond(exchange, 200, "text/html; charset=windows-1251",
                    ("<p>Київ " + agent + "</p>").getBytes("windows-1251"));
        });
        FetchedPage page = get("/a");
        assertEquals("<p>Київ Narrator/test</p>", page.html());
        assertFalse(page.truncated());
    }

    @Test
    void gzipIsUnpacked() throws Exception {
        byte[] html = "<p>compressed article</p>".getBytes(StandardCharsets.UTF_8);
        server.route("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "text/html", gzip(html));
        });
        assertArrayEquals(html, get("/gz").body());
    }

    @Test
    void aGzipBombInflatesOnlyToTheCap() throws Exception {
        byte[] spaces = new byte[20 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = gzip(spaces); // 20 MB of spaces, ~20 KB compressed (zeros would be refused as binary)
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "text/html", bomb);
        });
        FetchedPage page = get("/bomb");
        assertEquals(CAP, page.body().length);
        assertTrue(page.truncated());
    }

    @Test
    void aGzipBombOfZerosIsRefusedAtOnce() throws Exception {
        // the HTTP library must not decode on its own (it spun on this for minutes): ours stops at the cap
        byte[] bomb = gzip(new byte[256 * 1024 * 1024]);
        server.route("/zeros", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "text/html", bomb);
        });
        FetchException failure = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThrows(FetchException.class, () -> get("/zeros")));
        assertTrue(failure.getMessage().contains("/zeros"), failure.getMessage());
    }

    @Test
    void aGzipDocumentFileIsInflatedButAGzipPageIsRefused() throws Exception {
        byte[] sitemap = "<urlset><url><loc>https://h/a</loc></url></urlset>".getBytes(StandardCharsets.UTF_8);
        server.route("/sitemap.xml.gz", exchange -> LocalHttpServer.respond(exchange, 200, "application/gzip", gzip(sitemap)));

        assertArrayEquals(sitemap, fetcher.fetchDocument(server.url("/sitemap.xml.gz"), loopback).body());
        FetchException page = assertThrows(FetchException.class, () -> get("/sitemap.xml.gz"));
        assertTrue(page.getMessage().contains("gzip data"), page.getMessage());
    }

    @Test
    void aGzipDocumentBombInflatesOnlyToTheCap() throws Exception {
        byte[] spaces = new byte[20 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = gzip(spaces);
        server.route("/bomb.xml.gz", exchange -> LocalHttpServer.respond(exchange, 200, "application/gzip", bomb));

        FetchedPage document = fetcher.fetchDocument(server.url("/bomb.xml.gz"), loopback);

        assertEquals(CAP, document.body().length);
        assertTrue(document.truncated());
    }

    @Test
    void aHugePageIsCutAtTheCap() throws Exception {
        byte[] huge = new byte[(int) (CAP * 20)];
        Arrays.fill(huge, (byte) 'a');
        server.route("/huge", exchange -> LocalHttpServer.respond(exchange, 200, "text/html", huge));
        FetchedPage page = get("/huge");
        assertEquals(CAP, page.body().length);
        assertTrue(page.truncated());
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlKept() throws Exception {
        server.route("/old", exchange -> redirect(exchange, "/new"));
        server.page("/new", "text/html", "<p>moved</p>");
        FetchedPage page = get("/old");
        assertEquals(server.url("/new"), page.finalUrl());
        assertEquals(server.url("/old"), page.requestedUrl());
    }

    @Test
    void redirectLoopsAndLongChainsFail() {
        server.route("/loop", exchange -> redirect(exchange, "/loop"));
        server.route("/chain", exchange -> redirect(exchange, exchange.getRequestURI().getPath() + "x"));
        FetchException loop = assertThrows(FetchException.class, () -> get("/loop"));
        assertTrue(loop.getMessage().contains("redirect loop"), loop.getMessage());
        FetchException chain = assertThrows(FetchException.class, () -> get("/chain"));
        assertTrue(chain.getMessage().contains("more than 3 redirects"), chain.getMessage());
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.route("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        FetchException e = assertThrows(FetchException.class, () -> get("/to-file"));
        assertTrue(e.getMessage().contains("scheme 'file'"), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void notFoundIsPermanentAndServerErrorsAreRetryable() {
        server.route("/gone", exchange -> LocalHttpServer.respond(exchange, 410, "text/plain", new byte[0]));
        server.route("/down", exchange -> LocalHttpServer.respond(exchange, 503, "text/plain", new byte[0]));
        FetchException gone = assertThrows(FetchException.class, () -> get("/gone"));
        assertEquals(410, gone.status());
        assertFalse(gone.retryable());
        FetchException down = assertThrows(FetchException.class, () -> get("/down"));
        assertEquals(503, down.status());
        assertTrue(down.retryable());
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7");
            LocalHttpServer.respond(exchange, 429, "text/plain", new byte[0]);
        });
        FetchException e = assertThrows(FetchException.class, () -> get("/busy"));
        assertTrue(e.retryable());
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        server.route("/silent", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> get("/silent"));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "gave up within the read timeout");
    }

    @Test
    void conditionalGetReturnsEmptyWhenNotModified() throws Exception {
        server.route("/cond", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                LocalHttpServer.respond(exchange, 200, "text/html", "<p>v1</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchedPage first = get("/cond");
        assertEquals("\"v1\"", first.validators().etag());
        Optional<FetchedPage> again = fetcher.fetch(server.url("/cond"), loopback, first.validators());
        assertTrue(again.isEmpty());
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(server.url("/any"), SourcePolicy.publicWeb(), Validators.NONE));
        assertTrue(e.getMessage().contains("private or loopback"), e.getMessage());
        assertTrue(server.requests().isEmpty(), "no request was sent");
    }

    @Test
    void localFilesAreReadInsideTheirRootOnly(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("a.html"), "<p>local</p>");
        FetchedPage read = fetcher.fetch(page.toString(), SourcePolicy.localFiles(dir), Validators.NONE).orElseThrow();
        assertEquals("<p>local</p>", read.html());
        FetchException outside = assertThrows(FetchException.class,
                () -> fetcher.fetch("/etc/hostname", SourcePolicy.localFiles(dir), Validators.NONE));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
        FetchException web = assertThrows(FetchException.class,
                () -> fetcher.fetch(page.toString(), SourcePolicy.publicWeb(), Validators.NONE));
        assertTrue(web.getMessage().contains("may not read local files"), web.getMessage());
    }

    @Test
    void otherSchemesAreRefused() {
        for (String url : new String[] {"jar:file:/x.jar!/a.html", "ftp://example.com/a", "gopher://x/"}) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(url, loopback, Validators.NONE));
            assertTrue(e.getMessage().contains("refused: scheme"), e.getMessage());
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        LocalHttpServer.respond(exchange, 302, null, new byte[0]);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
