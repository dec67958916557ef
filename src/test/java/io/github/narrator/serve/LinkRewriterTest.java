package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.RawHttp.Response;
import io.github.narrator.testing.SampleSites;

/** Without a base URL, the feed's links follow the address each request came to; with one, nothing is rewritten. */
class LinkRewriterTest {

    @TempDir
    Path out;

    @Test
    void withoutABaseUrlEveryLinkPointsWhereTheRequestCameTo() throws Exception {
        SampleSites.publishBoth(out);
        FeedSettings unset = SampleSites.settings("");
        new SiteBuilder(out, unset).rebuild();
        assertTrue(Files.readString(out.resolve("feed.xml")).contains(FeedSettings.PREVIEW_BASE_URL + "/articles/"));
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0, unset.baseUrl()).start()) {
            String own = "http://127.0.0.1:" + server.port();
            Response feed = RawHttp.send(server.port(), "GET", "/feed.xml");
            assertTrue(feed.text().contains("url=\"" + own + "/articles/" + SampleSites.HEATWAVE.slug() + "/narration.mp3\""));
            assertTrue(feed.text().contains("<itunes:image href=\"" + own + "/cover.png\"/>"));
            assertFalse(feed.text().contains(FeedSettings.PREVIEW_BASE_URL), "no link left at the placeholder");
            assertTrue(RawHttp.send(server.port(), "GET", "/feed.m3u").text().contains(own + "/articles/"));

            Response lan = RawHttp.sendTo(server.port(), "192.168.1.20:18431", "GET", "/feed.xml");
            assertTrue(lan.text().contains("http://192.168.1.20:18431/articles/"), "the name the client used");
            Response proxied = RawHttp.sendTo(server.port(), "internal:9", "GET", "/feed.xml",
                    "X-Forwarded-Proto: https", "X-Forwarded-Host: podcast.example");
            assertTrue(proxied.text().contains("https://podcast.example/articles/"), "what a reverse proxy forwarded");
            Response hostile = RawHttp.sendTo(server.port(), "evil\"><x", "GET", "/feed.xml");
            assertFalse(hostile.text().contains("evil"), "a Host that is not a host name is not written into the feed");

            assertEquals(304, RawHttp.send(server.port(), "GET", "/feed.xml", "If-None-Match: " + feed.header("ETag")).status());
            Response range = RawHttp.send(server.port(), "GET", "/feed.xml", "Range: bytes=0-9");
            assertEquals(200, range.status(), "a rewritten feed is sent whole");
            assertEquals(200, RawHttp.send(server.port(), "GET", "/articles/" + SampleSites.HEATWAVE.slug() + "/narration.mp3",
                    "Range: bytes=0-9").status() == 206 ? 200 : 0, "audio keeps its ranges");
            assertEquals(404, RawHttp.send(server.port(), "GET", "/state/catalogue.jsonl").status());
        }
    }

    @Test
    void withABaseUrlTheFeedIsServedAsWritten() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0).start()) {
            Response feed = RawHttp.send(server.port(), "GET", "/feed.xml");
            assertEquals(Files.readString(out.resolve("feed.xml")), feed.text());
        }
    }
}
