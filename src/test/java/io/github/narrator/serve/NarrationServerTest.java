package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.publish.site.SourceFeedSettings;
import io.github.narrator.testing.PublishedSamples;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.RawHttp.Response;
import io.github.narrator.testing.SampleSites;

class NarrationServerTest {

    private static final String ARTICLE = "/articles/" + SampleSites.HEATWAVE.slug() + "/";

    @TempDir
    static Path out;
    private static NarrationServer server;

    @BeforeAll
    static void serve() throws Exception {
        PublishedSamples.publish(out, SampleSites.HEATWAVE, "gazette-feed");
        PublishedSamples.publish(out, SampleSites.FERRY);
        new SiteBuilder(out, SampleSites.settings(), new SourceFeedSettings(true, Map.of())).rebuild();
        server = new NarrationServer(out, "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyFileHasTheContentTypePodcastAppsAndBrowsersExpect() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry(ARTICLE + "narration.mp3", "audio/mpeg"),
                Map.entry(ARTICLE + "narration.vtt", "text/vtt; charset=utf-8"),
                Map.entry(ARTICLE + "chapters.json", "application/json+chapters"),
                Map.entry(ARTICLE + "metadata.json", "application/json"),
                Map.entry("/feed.xml", "application/rss+xml"),
                Map.entry("/feed.m3u", "audio/x-mpegurl"),
                Map.entry("/feeds/gazette-feed/feed.xml", "application/rss+xml"),
                Map.entry("/feeds/gazette-feed/feed.m3u", "audio/x-mpegurl"),
                Map.entry("/", "text/html; charset=utf-8"),
                Map.entry("/assets/player.js", "text/javascript; charset=utf-8"),
                Map.entry("/assets/player.css", "text/css; charset=utf-8"),
                Map.entry("/cover.png", "image/png"));
        for (Map.Entry<String, String> file : expected.entrySet()) {
            Response response = RawHttp.send(server.port(), "GET", file.getKey());
            assertEquals(200, response.status(), file.getKey());
            assertEquals(file.getValue(), response.header("Content-Type"), file.getKey());
            assertEquals("nosniff", response.header("X-Content-Type-Options"), file.getKey());
        }
    }

    @Test
    void transcriptsChaptersAndAudioMayBeReadByWebPlayersOnOtherSites() throws Exception {
        for (String file : List.of("narration.vtt", "chapters.json", "narration.mp3")) {
            Response response = RawHttp.send(server.port(), "GET", ARTICLE + file, "Origin: https://player.example");
            assertEquals("*", response.header("Access-Control-Allow-Origin"), file);
            assertTrue(response.header("Access-Control-Expose-Headers").contains("Content-Range"), file);
        }
    }

    @Test
    void answersCorsPreflight() throws Exception {
        Response response = RawHttp.send(server.port(), "OPTIONS", ARTICLE + "narration.mp3", "Origin: https://player.example",
                "Access-Control-Request-Method: GET", "Access-Control-Request-Headers: range");
        assertEquals(204, response.status());
        assertEquals("*", response.header("Access-Control-Allow-Origin"));
        assertTrue(response.header("Access-Control-Allow-Methods").contains("GET"));
        assertTrue(response.header("Access-Control-Allow-Headers").contains("Range"));
    }

    @Test
    void healthAnswersOkForLoadBalancers() throws Exception {
        Response get = RawHttp.send(server.port(), "GET", "/health");
        assertEquals(200, get.status());
        assertEquals("ok\n", get.text());
        assertEquals("no-store", get.header("Cache-Control"));
        Response head = RawHttp.send(server.port(), "HEAD", "/health");
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
    }

    @Test
    void foldersServeTheirPlayerPage() throws Exception {
        Response index = RawHttp.send(server.port(), "GET", "/");
        assertTrue(index.text().contains("Narrations, newest first"));
        Response page = RawHttp.send(server.port(), "GET", ARTICLE);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("id=\"narration-audio\""));
        Response withoutSlash = RawHttp.send(server.port(), "GET", ARTICLE.substring(0, ARTICLE.length() - 1));
        assertEquals(302, withoutSlash.status());
        assertTrue(withoutSlash.header("Location").endsWith(ARTICLE));
    }

    @Test
    void pagesAndFeedsAreRevalidatedAndDoNotRevealTheServer() throws Exception {
        Response response = RawHttp.send(server.port(), "GET", "/feed.xml");
        assertEquals("no-cache", response.header("Cache-Control"));
        assertNull(response.header("Server"));
        assertTrue(response.header("Content-Security-Policy").startsWith("default-src 'self'"));
    }

    @Test
    void manyConcurrentRangeRequestsAllGetTheirExactBytes() throws Exception {
        byte[] file = Files.readAllBytes(out.resolve(ARTICLE.substring(1) + "narration.mp3"));
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Boolean>> requests = new ArrayList<>();
            Random random = new Random(42);
            for (int i = 0; i < 400; i++) {
                int first = random.nextInt(file.length);
                int last = first + random.nextInt(file.length - first);
                requests.add(() -> {
                    Response response = RawHttp.send(server.port(), "GET", ARTICLE + "narration.mp3",
                            "Range: bytes=" + first + "-" + last);
                    return response.status() == 206 && Arrays.equals(Arrays.copyOfRange(file, first, last + 1), response.body());
                });
            }
            for (Future<Boolean> answer : clients.invokeAll(requests)) {
                assertTrue(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void refusesAFolderThatDoesNotExistOrABadPort(@TempDir Path empty) {
        assertThrows(IllegalArgumentException.class, () -> new NarrationServer(empty.resolve("missing"), "127.0.0.1", 0));
        assertThrows(IllegalArgumentException.class, () -> new NarrationServer(empty, "127.0.0.1", 70_000));
    }

    @Test
    void reportsTheAddressItListensOn() {
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uri().toString());
        assertTrue(server.port() > 0);
    }
}
