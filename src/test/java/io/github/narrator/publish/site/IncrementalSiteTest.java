package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;

import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.PublishRequest;
import io.github.narrator.publish.Publisher;
import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.Timeline;
import io.github.narrator.testing.SampleSites;

/** Publishing costs the same however many narrations there are: the site is updated from the catalogue, not the folders. */
class IncrementalSiteTest {

    private static final Provenance PROVENANCE = new Provenance("Narrator/test", "FreeTTS 1.2.2", "kevin16",
            "This audio is created with AI assistance.", AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA);

    @TempDir
    Path out;

    @Test
    void thePlayerPageArrivesWithTheNarrationAndTheFeedKeepsTheNewestWithOlderOnesInArchives() throws Exception {
        SiteBuilder site = new SiteBuilder(out, capped(2));
        Publisher publisher = new Publisher(out, site.listing());
        NarrationMetadata first = publish(publisher, "one");
        assertTrue(Files.isRegularFile(out.resolve("articles").resolve(first.id()).resolve("index.html")),
                "the page is in the folder the moment it is published");
        publish(publisher, "two");
        publish(publisher, "three");
        assertEquals(3, site.rebuild());

        Channel feed = parse(out.resolve("feed.xml"));
        assertEquals(List.of("Story three", "Story two"), feed.getItems().stream().map(i -> i.getTitle()).toList());
        String xml = Files.readString(out.resolve("feed.xml"));
        assertTrue(xml.contains("rel=\"prev-archive\"") && xml.contains(SampleSites.BASE_URL + "/archive/1.xml"), xml);
        String archive = Files.readString(out.resolve("archive/1.xml"));
        assertTrue(archive.contains("<fh:archive/>"), archive);
        assertTrue(archive.contains("rel=\"current\"") && archive.contains(SampleSites.BASE_URL + "/feed.xml"));
        assertEquals(List.of("Story one"), parse(out.resolve("archive/1.xml")).getItems().stream().map(i -> i.getTitle()).toList());

        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(2, index.select("ol.narrations > li").size());
        assertNotNull(index.selectFirst("a[href=archive/1.html][rel=prev]"));
        Document older = Jsoup.parse(out.resolve("archive/1.html").toFile(), "UTF-8");
        assertEquals(List.of("Story one"), older.select("ol.narrations h3").eachText());
        assertNotNull(older.selectFirst("a[href=../index.html][rel=next]"));
        assertNotNull(older.selectFirst("link[href=../assets/player.css]"));
        assertTrue(older.select("a[href^=articles/]").isEmpty() && !older.select("a[href^=../articles/]").isEmpty(),
                "links from archive/ lead one folder up");
    }

    @Test
    void anUpdateReadsNoOtherNarrationsFolder() throws Exception {
        SiteBuilder site = new SiteBuilder(out, capped(300));
        Publisher publisher = new Publisher(out, site.listing());
        NarrationMetadata old = publish(publisher, "old");
        site.rebuild();
        // were the update to read the folders, this would drop the old narration or fail
        Files.writeString(out.resolve("articles").resolve(old.id()).resolve("metadata.json"), "not json");

        publish(publisher, "new");
        assertEquals(2, site.rebuild());
        assertEquals(List.of("Story new", "Story old"), parse(out.resolve("feed.xml")).getItems().stream().map(i -> i.getTitle()).toList());
    }

    @Test
    void aNarrationPublishedButNotCataloguedIsFoundByTheNextProcess() throws Exception {
        publish(new Publisher(out), "crashed-before-cataloguing");
        assertFalse(Files.exists(out.resolve("state/catalogue.jsonl")));
        assertEquals(1, new SiteBuilder(out, capped(300)).rebuild());
        assertTrue(Files.readString(out.resolve("state/catalogue.jsonl")).contains("crashed-before-cataloguing"));
        try (var dirs = Files.list(out.resolve("articles"))) {
            Path dir = dirs.findFirst().orElseThrow();
            assertTrue(Files.isRegularFile(dir.resolve("index.html")), "its player page is written then");
        }
    }

    @Test
    void aFolderRemovedByHandLeavesTheFeedAtTheNextStart() throws Exception {
        SiteBuilder site = new SiteBuilder(out, capped(300));
        Publisher publisher = new Publisher(out, site.listing());
        NarrationMetadata gone = publish(publisher, "gone");
        publish(publisher, "kept");
        assertEquals(2, site.rebuild());
        org.apache.commons.io.FileUtils.deleteDirectory(out.resolve("articles").resolve(gone.id()).toFile());
        assertEquals(1, new SiteBuilder(out, capped(300)).rebuild());
        assertFalse(Files.readString(out.resolve("feed.xml")).contains(gone.id()));
        assertFalse(Files.readString(out.resolve("state/catalogue.jsonl")).contains(gone.id()));
    }

    private static FeedSettings capped(int cap) {
        FeedSettings base = SampleSites.settings();
        return new FeedSettings(base.baseUrl(), base.title(), base.description(), base.link(), base.language(),
                base.author(), base.ownerName(), base.ownerEmail(), base.image(), base.category(), base.subcategory(),
                base.explicit(), base.disclosureLabel(), "", cap, FeedSettings.PubDates.EPISODE);
    }

    private static NarrationMetadata publish(Publisher publisher, String name) throws Exception {
        String url = "https://news.test/" + name;
        Article article = new Article(url, url, "Story " + name, "A Reporter", OffsetDateTime.parse("2025-06-02T03:31:00+03:00"),
                null, "en", "The Test News", null, null, List.of(new Section(null, List.of("It happened."))));
        Script script = new Script(List.of(new Script.Chapter("Introduction", List.of(
                new Utterance("Story " + name, "Story " + name, 0, Utterance.Role.TITLE)))), List.of());
        Timeline timeline = new Timeline(List.of(new Timeline.Cue("Story " + name + ".", "Story " + name + ".", 0, 1_500)),
                List.of(new Timeline.ChapterMark("Introduction", 0, 2_000)), 32_000);
        Path staging = publisher.newStagingDir(name);
        Path mp3 = Files.writeString(staging.resolve("narration.mp3"), "audio of " + name);
        Thread.sleep(5); // distinct publication times, so the order is the order of publishing
        return publisher.publish(new PublishRequest(url, "test-route", article, script, new Recording(mp3, null, timeline),
                staging, "sha256:" + name, PROVENANCE));
    }

    private static Channel parse(Path feed) throws Exception {
        return (Channel) new WireFeedInput().build(feed.toFile());
    }
}
