package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static FetchedPage feed(String url, String xml) {
        return new FetchedPage(url, url, xml.getBytes(StandardCharsets.UTF_8), "application/xml", false, Validators.NONE);
    }

    @Test
    void readsRssItemLinksResolvedAgainstTheFeed() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>News</title><link>https://news.test/</link><description>d</description>
                  <item><title>One</title><link>https://news.test/2025/one</link></item>
                  <item><title>Two</title><link>/2025/two</link></item>
                  <item><title>One again</title><link>https://news.test/2025/one</link></item>
                  <item><title>No link</title></item>
                </channel></rss>""";
        assertEquals(List.of("https://news.test/2025/one", "https://news.test/2025/two"),
                new FeedReader(100).links(feed("https://news.test/feed.xml", rss)));
    }

    @Test
    void readsAtomAlternateLinks() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2025-06-02T00:00:00Z</updated>
                  <entry><title>A</title><id>urn:a</id><updated>2025-06-02T00:00:00Z</updated>
                    <link rel="alternate" href="https://news.test/a"/></entry>
                  <entry><title>B</title><id>urn:b</id><updated>2025-06-02T00:00:00Z</updated>
                    <link href="b.html"/></entry>
                </feed>""";
        assertEquals(List.of("https://news.test/a", "https://news.test/feeds/b.html"),
                new FeedReader(100).links(feed("https://news.test/feeds/atom.xml", atom)));
    }

    @Test
    void takesAtMostMaxItems() throws Exception {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title><link>https://n.test/</link><description>d</description>");
        for (int i = 0; i < 1000; i++) {
            rss.append("<item><link>https://n.test/").append(i).append("</link></item>");
        }
        rss.append("</channel></rss>");
        List<String> links = new FeedReader(25).links(feed("https://n.test/feed", rss.toString()));
        assertEquals(25, links.size());
        assertEquals("https://n.test/0", links.get(0));
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><link>https://n.test/</link><description>d</description>"
                + "<item><link>https://n.test/&x;</link></item></channel></rss>";
        FetchException e = assertThrows(FetchException.class, () -> new FeedReader(10).links(feed("https://n.test/f", xxe)));
        assertTrue(!e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>";
        assertThrows(FetchException.class, () -> new FeedReader(10).links(feed("https://n.test/f", bomb)));
    }

    @Test
    void garbageIsAClearFailure() {
        FetchException e = assertThrows(FetchException.class,
                () -> new FeedReader(10).links(feed("https://n.test/f", "<html><p>not a feed")));
        assertTrue(e.getMessage().startsWith("https://n.test/f: not a readable RSS or Atom feed"), e.getMessage());
    }
}
