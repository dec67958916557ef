package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.SourcePolicy;

/** What each source hands over becomes the typed body the pipeline carries, with the right fetch policy. */
class SourceInputsTest {

    @TempDir
    Path work;

    private AdapterFixture fixture;
    private SourceInputs sources;
    private Path site;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AdapterFixture(work);
        sources = new SourceInputs(fixture.stages);
        site = Files.createDirectories(work.resolve("site"));
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void aNamedPathIsTrustedWithItsOwnFolder() throws Exception {
        Exchange exchange = fixture.exchange(site.resolve("story.html").toString(), "my-list");
        sources.namedUrl(exchange);
        IngestItem item = exchange.getIn().getBody(IngestItem.class);
        assertEquals(site.resolve("story.html").toUri().toString(), item.input());
        assertEquals("my-list", item.source());
        assertEquals(SourcePolicy.localFiles(site), item.policy());
        assertEquals(null, item.page());
    }

    @Test
    void aNamedWebUrlMayGoToAnyPublicHost() throws Exception {
        Exchange exchange = fixture.exchange("https://news.example/story", "my-list");
        sources.namedUrl(exchange);
        IngestItem item = exchange.getIn().getBody(IngestItem.class);
        assertEquals("https://news.example/story", item.input());
        assertEquals(SourcePolicy.publicWeb(), item.policy());
    }

    @Test
    void aDroppedFileIsReadFromItsFolderOnly() throws Exception {
        Path page = Files.writeString(site.resolve("dropped.html"), "<p>x</p>");
        Exchange exchange = fixture.exchange(page.toFile(), "drop");
        sources.droppedFile(exchange);
        IngestItem item = exchange.getIn().getBody(IngestItem.class);
        assertEquals(page.toUri().toString(), item.input());
        assertEquals("drop", item.source());
        assertEquals(SourcePolicy.localFiles(site), item.policy());
    }

    @Test
    void aLongFormRouteNamesExtraLinkHostsInItsHeader() throws Exception {
        Exchange exchange = fixture.exchange("https://news.example/rss.xml", "old-style");
        exchange.getIn().setHeader(SourceInputs.ALLOW_HOSTS_HEADER, " cdn.example ,, media.example");
        sources.document(exchange);
        SourceDocument feed = exchange.getIn().getBody(SourceDocument.class);
        assertEquals("https://news.example/rss.xml", feed.input());
        assertEquals(SourcePolicy.publicWeb(), feed.policy());
        assertEquals(Set.of("news.example", "cdn.example", "media.example"), feed.linkPolicy().allowedHosts());
        assertFalse(feed.nested());
    }

    @Test
    void aTemplatesDocumentPassesThroughUnchanged() throws Exception {
        SourceDocument document = SourceDocument.named("https://news.example/rss.xml", "");
        Exchange exchange = fixture.exchange(document, "feed");
        sources.document(exchange);
        assertSame(document, exchange.getIn().getBody());
    }

    @Test
    void aFeedsLinksBecomeOneItemEachUnderTheFeedsLinkPolicy() throws Exception {
        Path feed = Files.writeString(site.resolve("feed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description>
                  <item><title>One</title><link>https://news.example/one</link></item>
                  <item><title>Two</title><link>two.html</link></item>
                </channel></rss>""");
        Exchange exchange = fixture.exchange(SourceDocument.named(feed.toString(), ""), "local-feed");
        sources.feedLinks(exchange);
        List<IngestItem> items = items(exchange);
        assertEquals(List.of("https://news.example/one", site.resolve("two.html").toUri().toString()),
                items.stream().map(IngestItem::input).toList());
        for (IngestItem item : items) {
            assertEquals("local-feed", item.source());
            assertEquals(SourcePolicy.publicWeb().withLocalRoot(site), item.policy());
        }
    }

    @Test
    void aUrlListsEntriesBecomeOneItemEach() throws Exception {
        Path list = Files.writeString(site.resolve("urls.txt"), "# comment\narticles/a.html\n\nhttps://news.example/b\n");
        Exchange exchange = fixture.exchange(SourceDocument.named(list.toString(), ""), "list");
        sources.listedUrls(exchange);
        assertEquals(List.of(site.resolve("articles/a.html").toUri().toString(), "https://news.example/b"),
                items(exchange).stream().map(IngestItem::input).toList());
    }

    @Test
    void aSitemapIndexYieldsItsPagesAndNestedSitemapsThatDoNotNestFurther() throws Exception {
        Path index = Files.writeString(site.resolve("index.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>news.xml</loc></sitemap>
                </sitemapindex>""");
        SourceDocument document = SourceDocument.named(index.toString(), "");
        Exchange exchange = fixture.exchange(document, "sitemap");
        sources.sitemapEntries(exchange);
        List<?> entries = exchange.getIn().getBody(List.class);
        assertEquals(1, entries.size());
        SourceDocument nested = (SourceDocument) entries.get(0);
        assertEquals(site.resolve("news.xml").toUri().toString(), nested.input());
        assertTrue(nested.nested());
        assertEquals(document.linkPolicy(), nested.policy(), "a nested sitemap is fetched as a link of its index");

        Files.writeString(site.resolve("news.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>deeper.xml</loc></sitemap>
                </sitemapindex>""");
        Exchange deeper = fixture.exchange(nested, "sitemap");
        sources.sitemapEntries(deeper);
        assertEquals(List.of(), deeper.getIn().getBody(List.class), "sitemap indexes are followed one level");
    }

    @Test
    void aSitemapsPagesBecomeItems() throws Exception {
        Path sitemap = Files.writeString(site.resolve("sitemap.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://news.example/a</loc><lastmod>2025-06-01</lastmod></url>
                  <url><loc>https://news.example/b</loc><lastmod>2025-06-02</lastmod></url>
                </urlset>""");
        Exchange exchange = fixture.exchange(SourceDocument.named(sitemap.toString(), ""), "sitemap");
        sources.sitemapEntries(exchange);
        assertEquals(List.of("https://news.example/b", "https://news.example/a"),
                items(exchange).stream().map(IngestItem::input).toList(), "newest first");
    }

    @Test
    void anUnreadableDocumentFailsWithItsReason() throws Exception {
        Exchange exchange = fixture.exchange(SourceDocument.named(site.resolve("missing.xml").toString(), ""), "feed");
        FetchException e = assertThrows(FetchException.class, () -> sources.feedLinks(exchange));
        assertTrue(e.getMessage().contains("missing.xml"), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static List<IngestItem> items(Exchange exchange) {
        return exchange.getIn().getBody(List.class);
    }
}
