package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PodcastIdsTest {

    @Test
    void matchesThePodcastNamespaceExample() {
        // The example of the Podcasting 2.0 <podcast:guid> documentation.
        assertEquals("9b024349-ccf0-5f69-a609-6b82873eab3c", PodcastIds.channelGuid("https://podnews.net/rss").toString());
    }

    @Test
    void ignoresTheSchemeAndTrailingSlashes() {
        assertEquals(PodcastIds.channelGuid("podnews.net/rss"), PodcastIds.channelGuid("http://podnews.net/rss//"));
    }

    @Test
    void isAVersion5VariantRfc4122Uuid() {
        assertEquals(5, PodcastIds.channelGuid("https://listen.gazette.test/audio/feed.xml").version());
        assertEquals(2, PodcastIds.channelGuid("https://listen.gazette.test/audio/feed.xml").variant());
    }
}
