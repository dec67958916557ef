package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.testing.PublishedSamples;
import io.github.narrator.testing.SampleSites;

class SiteBuilderTest {

    @TempDir
    Path out;

    @Test
    void writesFeedPlaylistPagesAssetsAndCover() throws Exception {
        SampleSites.publishBoth(out);
        assertEquals(2, new SiteBuilder(out, SampleSites.settings()).rebuild());

        for (String file : List.of("feed.xml", "feed.m3u", "index.html", "cover.png", "assets/player.css", "assets/player.js",
                "articles/" + SampleSites.HEATWAVE.slug() + "/index.html", "articles/" + SampleSites.FERRY.slug() + "/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        byte[] png = Files.readAllBytes(out.resolve("cover.png"));
        assertEquals(0x89, png[0] & 0xff);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void playlistListsEveryMp3NewestFirstWithItsDuration() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        assertEquals("""
                #EXTM3U
                #PLAYLIST:Gazette, narrated
                #EXTINF:8,The Test Gazette - Heatwave: city opens cooling centres
                https://listen.gazette.test/audio/articles/heatwave-cooling-1a2b3c4d/narration.mp3
                #EXTINF:4,The Test Gazette - Ferry contract goes to <local> yard
                https://listen.gazette.test/audio/articles/ferry-contract-5e6f7a8b/narration.mp3
                """, Files.readString(out.resolve("feed.m3u")));
    }

    @Test
    void indexListsNarrationsNewestFirstEachWithAudioAndDisclosure() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");

        Elements items = index.select("ol.narrations > li");
        assertEquals(List.of("Heatwave: city opens cooling centres", "Ferry contract goes to <local> yard"),
                items.stream().map(li -> li.selectFirst("h3").text()).toList());
        Element first = items.get(0);
        Element audio = first.selectFirst("audio[controls]");
        assertNotNull(audio, "a plain audio element works without JavaScript");
        assertEquals("articles/heatwave-cooling-1a2b3c4d/narration.mp3", audio.attr("src"));
        assertEquals("captions", audio.selectFirst("track").attr("kind"));
        assertEquals(PublishedSamples.LABEL, first.selectFirst(".ai-disclosure").text());
        assertTrue(index.select("script").isEmpty(), "the list needs no script");
        assertTrue(index.select("link[href^=http], script[src^=http], img[src^=http]").isEmpty(), "no external asset");
    }

    @Test
    void titlesAreEscapedNotInterpreted() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        String html = Files.readString(out.resolve("articles").resolve(SampleSites.FERRY.slug()).resolve("index.html"));
        assertTrue(html.contains("Ferry contract goes to &lt;local&gt; yard"));
        assertFalse(html.contains("<local>"));
    }

    @Test
    void articlePageHasPlayerTrackDisclosureChaptersAndEverySentenceAsASeekLink() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        Document page = Jsoup.parse(out.resolve("articles").resolve(SampleSites.HEATWAVE.slug()).resolve("index.html").toFile(), "UTF-8");

        Element audio = page.selectFirst("audio#narration-audio[controls]");
        assertNotNull(audio);
        assertEquals("narration.mp3", audio.attr("src"));
        Element track = audio.selectFirst("track");
        assertEquals("captions", track.attr("kind"));
        assertEquals("narration.vtt", track.attr("src"));
        assertTrue(track.hasAttr("default"));
        assertTrue(page.selectFirst(".ai-disclosure").text().contains(PublishedSamples.LABEL));
        assertEquals("ai-disclosure", audio.attr("aria-describedby"));

        assertEquals(List.of("0:00 Introduction", "0:05 What to do"), page.select(".chapter").eachText());
        assertEquals(List.of("0", "5"), page.select(".chapter").eachAttr("data-start"));

        Elements cues = page.select("a.cue");
        assertEquals(SampleSites.HEATWAVE.sentences(), cues.eachText());
        assertEquals("narration.mp3#t=3", cues.get(3).attr("href"), "without JavaScript a sentence link plays from there");
        assertEquals("3", cues.get(3).attr("data-start"));
        assertEquals("3.85", cues.get(3).attr("data-end"));
        assertEquals("What to do.", page.select(".transcript-chapter h3").get(1).text(), "the spoken heading is the heading");

        assertEquals("../../assets/player.js", page.selectFirst("script").attr("src"));
        assertTrue(page.select("[data-needs-script]").stream().allMatch(e -> e.hasAttr("hidden")),
                "script-only controls stay hidden without JavaScript");
        assertNotNull(page.selectFirst("a[download][href=narration.mp3]"));
        assertNotNull(page.selectFirst("label[for=speed]"));
    }

    @Test
    void aRebuildWithNothingNewRewritesNothing() throws Exception {
        SampleSites.publishBoth(out);
        SiteBuilder builder = new SiteBuilder(out, SampleSites.settings());
        builder.rebuild();
        List<Path> files = List.of(out.resolve("feed.xml"), out.resolve("feed.m3u"), out.resolve("index.html"));
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : files) {
            Files.setLastModifiedTime(file, past);
        }
        builder.rebuild();
        for (Path file : files) {
            assertEquals(past, Files.getLastModifiedTime(file), file + " untouched, so its ETag stays");
        }
    }

    @Test
    void aFolderWithoutMetadataOrMp3IsLeftOut() throws Exception {
        SampleSites.publishBoth(out);
        Files.delete(out.resolve("articles").resolve(SampleSites.FERRY.slug()).resolve("narration.mp3"));
        Files.createDirectories(out.resolve("articles").resolve("half-written"));
        Files.createDirectories(out.resolve("articles").resolve(".staging-leftover"));
        assertEquals(1, new SiteBuilder(out, SampleSites.settings()).rebuild());
        assertFalse(Files.readString(out.resolve("feed.xml")).contains(SampleSites.FERRY.slug()));
    }

    @Test
    void anEmptyOutputFolderGivesAnEmptyFeedAndASayingSoPage() throws Exception {
        assertEquals(0, new SiteBuilder(out, SampleSites.settings()).rebuild());
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<channel>"));
        assertTrue(Files.readString(out.resolve("index.html")).contains("No narrations yet."));
    }

    @Test
    void concurrentRebuildsLeaveCompleteFilesAndNoTemporaryOnes() throws Exception {
        SampleSites.publishBoth(out);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> rebuilds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                rebuilds.add(() -> new SiteBuilder(out, SampleSites.settings()).rebuild());
            }
            for (Future<Integer> result : pool.invokeAll(rebuilds)) {
                assertEquals(2, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Files.readString(out.resolve("feed.xml")).strip().endsWith("</rss>"));
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains(".tmp-")).toList());
        }
    }

    @Test
    void leftoversOfACrashedRebuildAreRemoved() throws Exception {
        Path leftover = Files.writeString(out.resolve(".feed.xml.tmp-deadbeef"), "<rss");
        Path notOurs = Files.writeString(out.resolve(".ledger.json.tmp-deadbeef"), "{");
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(notOurs), "another writer's temporary file is not ours to delete");
    }
}
