package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.testing.PublishedSamples;
import io.github.narrator.testing.SampleSites;

/** Feeds per source route: each parsed with ROME like the main feed, each holding only its route's narrations. */
class SourceFeedsTest {

    private static final Namespace ITUNES = Namespace.getNamespace("itunes", PodcastFeed.ITUNES);
    private static final Namespace PODCAST = Namespace.getNamespace("podcast", PodcastFeed.PODCAST);
    private static final Namespace ATOM = Namespace.getNamespace("atom", PodcastFeed.ATOM);

    /** Published before sources were recorded: its metadata names none. Same length as FERRY, so its MP3 is the cached one. */
    private static final PublishedSamples.Sample OLD = new PublishedSamples.Sample("old-story-0a0b0c0d",
            "https://gazette.test/2026/05/01/old-story", "An older story", OffsetDateTime.parse("2026-05-01T09:00:00Z"),
            List.of("An older story.", "It was narrated long ago.", "Before sources were recorded."),
            List.of(0), List.of("Introduction"), 4.0);

    private static final SourceFeedSettings ON = new SourceFeedSettings(true, Map.of("gazette-feed", "Gazette headlines"));

    @TempDir
    Path work;

    private Path out() {
        return work.resolve("out");
    }

    private void publishFromTwoRoutesAndOneUnknown() throws Exception {
        PublishedSamples.publish(out(), SampleSites.HEATWAVE, "gazette-feed");
        PublishedSamples.publish(out(), SampleSites.FERRY, "gazette-drop-folder");
        PublishedSamples.publish(out(), OLD);
    }

    @Test
    void eachRouteGetsAFeedAndPlaylistWithOnlyItsNarrations() throws Exception {
        publishFromTwoRoutesAndOneUnknown();
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();

        Channel headlines = parse(out().resolve("feeds/gazette-feed/feed.xml"));
        assertEquals("Gazette headlines", headlines.getTitle(), "the configured title");
        assertEquals(List.of(SampleSites.HEATWAVE.title()), headlines.getItems().stream().map(Item::getTitle).toList());
        assertIsACompletePodcastFeed(headlines, "feeds/gazette-feed/feed.xml");

        Channel dropped = parse(out().resolve("feeds/gazette-drop-folder/feed.xml"));
        assertEquals("Gazette, narrated — gazette-drop-folder", dropped.getTitle(), "the main title and the route id");
        assertEquals(List.of(SampleSites.FERRY.title()), dropped.getItems().stream().map(Item::getTitle).toList());
        assertIsACompletePodcastFeed(dropped, "feeds/gazette-drop-folder/feed.xml");

        assertEquals("""
                #EXTM3U
                #PLAYLIST:Gazette headlines
                #EXTINF:8,The Test Gazette - Heatwave: city opens cooling centres
                https://listen.gazette.test/audio/articles/heatwave-cooling-1a2b3c4d/narration.mp3
                """, Files.readString(out().resolve("feeds/gazette-feed/feed.m3u")));

        Channel main = parse(out().resolve("feed.xml"));
        assertEquals(3, main.getItems().size(), "the main feed lists every narration, with a source or not");
        assertEquals("Gazette, narrated", main.getTitle());
        assertEquals(List.of("gazette-drop-folder", "gazette-feed"), list(out().resolve("feeds")),
                "no feed for narrations without a source");
    }

    @Test
    void eachRouteFeedHasAStableGuidOfItsOwn() throws Exception {
        publishFromTwoRoutesAndOneUnknown();
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();
        String headlines = podcastGuid(parse(out().resolve("feeds/gazette-feed/feed.xml")));
        String dropped = podcastGuid(parse(out().resolve("feeds/gazette-drop-folder/feed.xml")));
        String main = podcastGuid(parse(out().resolve("feed.xml")));
        assertEquals(PodcastIds.forRoute(main, "gazette-feed"), headlines);
        assertEquals(3, Stream.of(headlines, dropped, main).distinct().count());

        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();
        assertEquals(headlines, podcastGuid(parse(out().resolve("feeds/gazette-feed/feed.xml"))));
    }

    @Test
    void aRouteIdThatTriesToClimbOutStaysInsideFeeds() throws Exception {
        List<String> hostile = List.of("../x", "..", "../../etc", "/tmp/abs", "a/../../b", "C:\\evil", ".hidden", "Gazette Feed");
        List<PublishedSamples.Sample> samples = List.of(SampleSites.HEATWAVE, SampleSites.FERRY, OLD);
        for (int i = 0; i < samples.size(); i++) {
            PublishedSamples.publish(out(), samples.get(i), hostile.get(i));
        }
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();

        assertEquals(List.of("out"), list(work), "nothing written beside out/");
        List<String> folders = list(out().resolve("feeds"));
        assertEquals(3, folders.size(), folders.toString());
        for (String folder : folders) {
            assertTrue(folder.matches("[a-z0-9][a-z0-9_-]*"), folder);
            assertTrue(Files.isRegularFile(out().resolve("feeds").resolve(folder).resolve("feed.xml")), folder);
            assertEquals(1, parse(out().resolve("feeds").resolve(folder).resolve("feed.xml")).getItems().size(), folder);
        }
        for (String id : hostile) {
            String folder = SourceFeeds.folderName(id);
            assertTrue(folder.matches("[a-z0-9][a-z0-9_-]*"), id + " -> " + folder);
            assertEquals(out().resolve("feeds"), out().resolve("feeds").resolve(folder).normalize().getParent(), id);
        }
    }

    @Test
    void plainRouteIdsAreTheirOwnFolderOthersAreCleanedAndHashedApart() {
        assertEquals("samples-feed", SourceFeeds.folderName("samples-feed"));
        assertTrue(SourceFeeds.folderName("command line").startsWith("command-line-"));
        assertEquals(SourceFeeds.folderName("command line"), SourceFeeds.folderName("command line"), "stable");
        assertNotEquals(SourceFeeds.folderName("Feed"), SourceFeeds.folderName("feed"), "apart on case-insensitive disks too");
        assertNotEquals(SourceFeeds.folderName("a b"), SourceFeeds.folderName("a/b"));
        assertTrue(SourceFeeds.folderName("x".repeat(500)).length() <= 49);
    }

    @Test
    void offWritesNoFeedsFolder() throws Exception {
        publishFromTwoRoutesAndOneUnknown();
        new SiteBuilder(out(), SampleSites.settings()).rebuild();
        assertFalse(Files.exists(out().resolve("feeds")));
        Document index = Jsoup.parse(out().resolve("index.html").toFile());
        assertNull(index.selectFirst(".route-feeds"));
        assertTrue(Files.isRegularFile(out().resolve("feed.xml")));
    }

    @Test
    void feedsOfRoutesWithoutNarrationsAreRemovedAndOffRemovesThemAll() throws Exception {
        publishFromTwoRoutesAndOneUnknown();
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();
        Files.writeString(out().resolve("feeds/gazette-feed/.feed.xml.tmp-1a2b3c4d"), "a crashed rebuild's leftover");

        org.apache.commons.io.FileUtils.deleteDirectory(out().resolve("articles").resolve(SampleSites.FERRY.slug()).toFile());
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();
        assertEquals(List.of("gazette-feed"), list(out().resolve("feeds")));
        assertEquals(List.of("feed.m3u", "feed.xml"), list(out().resolve("feeds/gazette-feed")));

        new SiteBuilder(out(), SampleSites.settings(), SourceFeedSettings.off()).rebuild();
        assertFalse(Files.exists(out().resolve("feeds")), "off: no stale feed nothing updates");
    }

    @Test
    void theIndexPageLinksEachRouteFeedAndPlaylist() throws Exception {
        publishFromTwoRoutesAndOneUnknown();
        new SiteBuilder(out(), SampleSites.settings(), ON).rebuild();
        Document index = Jsoup.parse(out().resolve("index.html").toFile());
        assertEquals(List.of("feeds/gazette-drop-folder/feed.xml", "feeds/gazette-drop-folder/feed.m3u",
                        "feeds/gazette-feed/feed.xml", "feeds/gazette-feed/feed.m3u"),
                index.select(".route-feeds a").eachAttr("href"));
        assertEquals("Feeds by source", index.selectFirst(".route-feeds h2").text());
        assertEquals("Gazette headlines: podcast feed (RSS) · playlist (M3U)", index.select(".route-feeds li").get(1).text());
        assertEquals(List.of("feed.xml", "feeds/gazette-drop-folder/feed.xml", "feeds/gazette-feed/feed.xml"),
                index.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"));
    }

    @Test
    void settingsComeFromTheConfiguration() {
        NarratorConfig defaults = NarratorConfig.load(work.resolve("none.properties"));
        assertFalse(defaults.sourceFeedSettings().enabled());
        SourceFeedSettings configured = defaults.with("narrator.feed.per-source", "true")
                .with("narrator.feed.source.samples-feed.title", " Samples, read aloud ")
                .with("narrator.feed.source.blank.title", " ")
                .sourceFeedSettings();
        assertTrue(configured.enabled());
        assertEquals(Map.of("samples-feed", "Samples, read aloud"), configured.titles());
        assertEquals("Samples, read aloud", configured.title("samples-feed", SampleSites.settings()));
        assertEquals("Gazette, narrated — blank", configured.title("blank", SampleSites.settings()));
    }

    /** The checks of {@link PodcastFeedTest}, for any feed: every tag the issue requires, enclosure lengths against the files. */
    private void assertIsACompletePodcastFeed(Channel channel, String feedPath) throws Exception {
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("https://gazette.test/", channel.getLink());
        assertEquals("Articles of The Test Gazette read aloud. " + PublishedSamples.LABEL, channel.getDescription());
        assertEquals("en", channel.getLanguage());
        assertEquals(SampleSites.BASE_URL + "/cover.png", only(channel.getForeignMarkup(), ITUNES, "image").getAttributeValue("href"));
        assertEquals("News", only(channel.getForeignMarkup(), ITUNES, "category").getAttributeValue("text"));
        assertEquals("false", only(channel.getForeignMarkup(), ITUNES, "explicit").getText());
        assertEquals("The Test Gazette", only(channel.getForeignMarkup(), ITUNES, "author").getText());
        assertEquals("Gazette audio desk", only(channel.getForeignMarkup(), ITUNES, "owner").getChildText("name", ITUNES));
        assertEquals(SampleSites.BASE_URL + "/" + feedPath, only(channel.getForeignMarkup(), ATOM, "link").getAttributeValue("href"));
        assertEquals(5, UUID.fromString(podcastGuid(channel)).version());
        assertAiContent(channel.getForeignMarkup());
        for (Item item : channel.getItems()) {
            assertNotNull(item.getLink(), item.getTitle());
            assertNotNull(item.getPubDate(), item.getTitle());
            assertTrue(item.getDescription().getValue().startsWith(PublishedSamples.LABEL), item.getTitle());
            assertFalse(item.getGuid().isPermaLink(), item.getTitle());
            assertTrue(item.getGuid().getValue().startsWith("narrator:"), item.getTitle());
            assertEquals(1, item.getEnclosures().size(), "one enclosure, MP3 only");
            Enclosure enclosure = item.getEnclosures().get(0);
            assertEquals("audio/mpeg", enclosure.getType());
            String prefix = SampleSites.BASE_URL + "/";
            assertTrue(enclosure.getUrl().startsWith(prefix) && enclosure.getUrl().endsWith("/narration.mp3"), enclosure.getUrl());
            assertEquals(Files.size(out().resolve(enclosure.getUrl().substring(prefix.length()))), enclosure.getLength());
            assertFalse(only(item.getForeignMarkup(), ITUNES, "duration").getText().isBlank());
            String base = enclosure.getUrl().replace("narration.mp3", "");
            List<Element> transcripts = item.getForeignMarkup().stream().filter(e -> e.getName().equals("transcript")).toList();
            assertEquals(List.of(base + "narration.vtt", base + "transcript.json"),
                    transcripts.stream().map(e -> e.getAttributeValue("url")).toList());
            assertEquals("captions", transcripts.get(0).getAttributeValue("rel"));
            assertEquals(base + "chapters.json", only(item.getForeignMarkup(), PODCAST, "chapters").getAttributeValue("url"));
            assertAiContent(item.getForeignMarkup());
        }
    }

    private static String podcastGuid(Channel channel) {
        return only(channel.getForeignMarkup(), PODCAST, "guid").getText();
    }

    private static void assertAiContent(List<Element> markup) {
        Element txt = only(markup, PODCAST, "txt");
        assertEquals("ai-content", txt.getAttributeValue("purpose"));
        assertEquals("true", txt.getText());
    }

    private static Element only(List<Element> markup, Namespace namespace, String name) {
        List<Element> found = markup.stream()
                .filter(e -> e.getName().equals(name) && namespace.getURI().equals(e.getNamespaceURI())).toList();
        assertEquals(1, found.size(), namespace.getPrefix() + ":" + name);
        return found.get(0);
    }

    private static Channel parse(Path feed) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Channel) input.build(feed.toFile());
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
