package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jdom2.Element;
import org.jdom2.Namespace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

import io.github.narrator.testing.PublishedSamples;
import io.github.narrator.testing.SampleSites;

/** The feed as a podcast app reads it: parsed with ROME, every required tag checked. */
class PodcastFeedTest {

    private static final Namespace ITUNES = Namespace.getNamespace("itunes", PodcastFeed.ITUNES);
    private static final Namespace PODCAST = Namespace.getNamespace("podcast", PodcastFeed.PODCAST);

    @TempDir
    Path out;

    private Channel channel;

    @BeforeEach
    void publishAndParse() throws Exception {
        SampleSites.publishBoth(out);
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        channel = (Channel) input.build(out.resolve("feed.xml").toFile());
    }

    @Test
    void isRss20WithTheITunesPodcastingAndAtomNamespaces() throws Exception {
        assertEquals("rss_2.0", channel.getFeedType());
        String xml = Files.readString(out.resolve("feed.xml"));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss "));
        assertTrue(xml.contains("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""));
        assertTrue(xml.contains("xmlns:podcast=\"https://podcastindex.org/namespace/1.0\""));
        assertTrue(xml.contains("xmlns:atom=\"http://www.w3.org/2005/Atom\""));
    }

    @Test
    void channelHasEveryRequiredTagFromTheSettings() {
        assertEquals("Gazette, narrated", channel.getTitle());
        assertEquals("https://gazette.test/", channel.getLink());
        assertEquals("Articles of The Test Gazette read aloud. " + PublishedSamples.LABEL, channel.getDescription());
        assertEquals("en", channel.getLanguage());
        assertEquals(SampleSites.BASE_URL + "/cover.png", channelChild(ITUNES, "image").getAttributeValue("href"));
        Element category = channelChild(ITUNES, "category");
        assertEquals("News", category.getAttributeValue("text"));
        assertEquals("Daily News", category.getChild("category", ITUNES).getAttributeValue("text"));
        assertEquals("false", channelChild(ITUNES, "explicit").getText());
        assertEquals("The Test Gazette", channelChild(ITUNES, "author").getText());
        Element owner = channelChild(ITUNES, "owner");
        assertEquals("Gazette audio desk", owner.getChildText("name", ITUNES));
        assertEquals("audio@gazette.test", owner.getChildText("email", ITUNES));
        Element self = channelChild(Namespace.getNamespace("atom", PodcastFeed.ATOM), "link");
        assertEquals(SampleSites.BASE_URL + "/feed.xml", self.getAttributeValue("href"));
        assertTrue(Files.isRegularFile(out.resolve("cover.png")));
    }

    @Test
    void channelGuidIsMadeOnceForTheOutputFolderAndDoesNotFollowTheBaseUrl() throws Exception {
        String guid = channelChild(PODCAST, "guid").getText();
        assertEquals(guid, Files.readString(out.resolve("state/podcast-guid")).strip());
        assertEquals(4, UUID.fromString(guid).version(), "made at random: no two output folders share one");
        new SiteBuilder(out, SampleSites.settings("https://moved.example/podcast")).rebuild();
        Channel moved = (Channel) new WireFeedInput().build(out.resolve("feed.xml").toFile());
        assertEquals(guid, only(moved.getForeignMarkup(), PODCAST, "guid").getText(), "the GUID follows the podcast when it moves");
        assertAiContent(channel.getForeignMarkup());
    }

    @Test
    void aConfiguredChannelGuidWins() throws Exception {
        String configured = "917393e3-1b1e-5cef-ace4-edaa54e1f810";
        FeedSettings base = SampleSites.settings();
        FeedSettings settings = new FeedSettings(base.baseUrl(), base.title(), base.description(), base.link(), base.language(),
                base.author(), base.ownerName(), base.ownerEmail(), base.image(), base.category(), base.subcategory(),
                base.explicit(), base.disclosureLabel(), configured, 300, FeedSettings.PubDates.EPISODE);
        new SiteBuilder(out, settings).rebuild();
        Channel rebuilt = (Channel) new WireFeedInput().build(out.resolve("feed.xml").toFile());
        assertEquals(configured, only(rebuilt.getForeignMarkup(), PODCAST, "guid").getText());
    }

    @Test
    void itemsAreNewestFirstWithEveryRequiredTag() throws Exception {
        List<Item> items = channel.getItems();
        assertEquals(List.of("Heatwave: city opens cooling centres", "Ferry contract goes to <local> yard"),
                items.stream().map(Item::getTitle).toList());
        Item item = items.get(0);
        assertEquals(SampleSites.HEATWAVE.url(), item.getLink());
        assertTrue(item.getDescription().getValue().startsWith(PublishedSamples.LABEL), "disclosure opens the description");
        assertTrue(item.getDescription().getValue().contains("Read the article: " + SampleSites.HEATWAVE.url()));
        assertNotNull(item.getPubDate());
        assertEquals(java.time.Instant.parse("2026-07-01T08:00:00Z"), item.getPubDate().toInstant(),
                "when the episode appeared (the samples were narrated an hour after the article)");
        assertTrue(item.getDescription().getValue().contains("Published by The Test Gazette on 1 July 2026."),
                "the article's own date stays in the description");
        assertEquals(item.getDescription().getValue(), itemChild(item, ITUNES, "summary").getText());
        String html = item.getContent().getValue(); // ROME reads content:encoded as the item's content
        assertTrue(html.contains("<a href=\"" + SampleSites.HEATWAVE.url() + "\">Read the article</a>"), html);
        assertEquals("8", itemChild(item, ITUNES, "duration").getText());
    }

    @Test
    void guidIsTheStableMetadataGuidAndNotAPermalink() throws Exception {
        for (Item item : channel.getItems()) {
            assertFalse(item.getGuid().isPermaLink(), item.getTitle());
            assertTrue(item.getGuid().getValue().startsWith("narrator:"));
        }
        String before = channel.getItems().get(0).getGuid().getValue();
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        Channel again = (Channel) new WireFeedInput().build(out.resolve("feed.xml").toFile());
        assertEquals(before, again.getItems().get(0).getGuid().getValue());
    }

    @Test
    void eachEnclosureIsTheMp3WithItsExactByteLength() throws Exception {
        for (Item item : channel.getItems()) {
            assertEquals(1, item.getEnclosures().size(), "one enclosure, MP3 only");
            Enclosure enclosure = item.getEnclosures().get(0);
            assertEquals("audio/mpeg", enclosure.getType());
            String prefix = SampleSites.BASE_URL + "/";
            assertTrue(enclosure.getUrl().startsWith(prefix) && enclosure.getUrl().endsWith("/narration.mp3"), enclosure.getUrl());
            Path file = out.resolve(enclosure.getUrl().substring(prefix.length()));
            assertEquals(Files.size(file), enclosure.getLength(), "enclosure length of " + item.getTitle());
        }
    }

    @Test
    void itemsLinkTheirTranscriptAndChaptersAndAreMarkedAiContent() {
        for (Item item : channel.getItems()) {
            String base = item.getEnclosures().get(0).getUrl().replace("narration.mp3", "");
            List<Element> transcripts = item.getForeignMarkup().stream()
                    .filter(e -> e.getName().equals("transcript") && PODCAST.getURI().equals(e.getNamespaceURI())).toList();
            assertEquals(2, transcripts.size(), "captions and the sentence transcript");
            Element transcript = transcripts.get(0);
            assertEquals(base + "narration.vtt", transcript.getAttributeValue("url"));
            assertEquals("text/vtt", transcript.getAttributeValue("type"));
            assertEquals("captions", transcript.getAttributeValue("rel"));
            assertEquals(base + "transcript.json", transcripts.get(1).getAttributeValue("url"));
            assertEquals("application/json", transcripts.get(1).getAttributeValue("type"));
            Element chapters = itemChild(item, PODCAST, "chapters");
            assertEquals(base + "chapters.json", chapters.getAttributeValue("url"));
            assertEquals("application/json+chapters", chapters.getAttributeValue("type"));
            assertAiContent(item.getForeignMarkup());
        }
    }

    @Test
    void theArticleDateSettingKeepsTheOldPubDates() throws Exception {
        FeedSettings base = SampleSites.settings();
        FeedSettings settings = new FeedSettings(base.baseUrl(), base.title(), base.description(), base.link(), base.language(),
                base.author(), base.ownerName(), base.ownerEmail(), base.image(), base.category(), base.subcategory(),
                base.explicit(), base.disclosureLabel(), "", 300, FeedSettings.PubDates.ARTICLE);
        new SiteBuilder(out, settings).rebuild();
        Channel rebuilt = (Channel) new WireFeedInput().build(out.resolve("feed.xml").toFile());
        assertEquals(java.time.Instant.parse("2026-07-01T07:00:00Z"), rebuilt.getItems().get(0).getPubDate().toInstant());
    }

    @Test
    void aNarrationWithoutChaptersFileHasNoChaptersElement() throws Exception {
        Files.delete(out.resolve("articles").resolve(SampleSites.FERRY.slug()).resolve("chapters.json"));
        new SiteBuilder(out, SampleSites.settings()).rebuild();
        Channel rebuilt = (Channel) new WireFeedInput().build(out.resolve("feed.xml").toFile());
        Item ferry = rebuilt.getItems().get(1);
        assertTrue(ferry.getForeignMarkup().stream().noneMatch(e -> e.getName().equals("chapters")));
    }

    private static void assertAiContent(List<Element> markup) {
        List<Element> txt = markup.stream()
                .filter(e -> e.getName().equals("txt") && PODCAST.getURI().equals(e.getNamespaceURI())).toList();
        assertEquals(1, txt.size(), "one podcast:txt");
        assertEquals("ai-content", txt.get(0).getAttributeValue("purpose"));
        assertEquals("true", txt.get(0).getText());
    }

    private Element channelChild(Namespace namespace, String name) {
        return only(channel.getForeignMarkup(), namespace, name);
    }

    private static Element itemChild(Item item, Namespace namespace, String name) {
        return only(item.getForeignMarkup(), namespace, name);
    }

    private static Element only(List<Element> markup, Namespace namespace, String name) {
        List<Element> found = markup.stream()
                .filter(e -> e.getName().equals(name) && namespace.getURI().equals(e.getNamespaceURI())).toList();
        assertEquals(1, found.size(), namespace.getPrefix() + ":" + name);
        return found.get(0);
    }
}
