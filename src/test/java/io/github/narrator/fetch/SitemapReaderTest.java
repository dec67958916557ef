package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapReaderTest {

    private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";

    private final SitemapReader reader = new SitemapReader(500);

    @Test
    void pagesComeNewestFirstResolvedAndOnce() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + URLSET
                + url("https://news.example/old", "2026-01-02")
                + url("https://news.example/undated", null)
                + url("/relative/story", "2026-11-25T08:00:00+00:00")
                + url("https://news.example/newest", "2026-11-26T09:30Z")
                + url("https://news.example/old", "2026-01-02")
                + "<url><loc>  </loc></url></urlset>";

        SitemapReader.Sitemap sitemap = reader.read(page(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("https://news.example/newest", "https://news.example/relative/story",
                "https://news.example/old", "https://news.example/undated"), sitemap.pages());
        assertTrue(sitemap.sitemaps().isEmpty());
    }

    @Test
    void aSitemapIndexListsItsSitemaps() throws Exception {
        String xml = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://news.example/sitemap-2025.xml</loc><lastmod>2025-12-31</lastmod></sitemap>"
                + "<sitemap><loc>sitemap-2026.xml.gz</loc><lastmod>2026-11-26</lastmod></sitemap></sitemapindex>";

        SitemapReader.Sitemap sitemap = reader.read(page(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("https://news.example/sitemap-2026.xml.gz", "https://news.example/sitemap-2025.xml"), sitemap.sitemaps());
        assertTrue(sitemap.pages().isEmpty());
    }

    @Test
    void googleNewsTagsAreReadPastAndImageLocationsAreNotPages() throws Exception {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""
                + " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"><url>"
                + "<image:image><image:loc>https://cdn.example/photo.jpg</image:loc></image:image>"
                + "<loc>https://news.example/story</loc>"
                + "<news:news><news:publication><news:name>Example</news:name></news:publication>"
                + "<news:publication_date>2026-11-26T08:00:00Z</news:publication_date><news:title>A story</news:title></news:news>"
                + "</url></urlset>";

        assertEquals(List.of("https://news.example/story"), reader.read(page(xml.getBytes(StandardCharsets.UTF_8))).pages());
    }

    @Test
    void aSitemapOf100000UrlsGivesTheNewestMaxItems() throws Exception {
        StringBuilder xml = new StringBuilder(URLSET);
        for (int i = 0; i < 100_000; i++) {
            xml.append(url("https://news.example/story/" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i).toString()));
        }
        xml.append("</urlset>");

        List<String> pages = new SitemapReader(500).read(page(xml.toString().getBytes(StandardCharsets.UTF_8))).pages();

        assertEquals(500, pages.size());
        assertEquals("https://news.example/story/99999", pages.get(0));
        assertEquals("https://news.example/story/99500", pages.get(499));
    }

    @Test
    void doctypesAreRefusedSoEntitiesAreNeverExpandedOrRead(@TempDir Path work) throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-7f3a");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE urlset [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        List<String> attacks = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + URLSET + "<url><loc>https://h/&xxe;</loc></url></urlset>",
                "<?xml version=\"1.0\"?>" + laughs + URLSET + "<url><loc>https://h/&lol9;</loc></url></urlset>");
        for (String attack : attacks) {
            FetchException refused = assertThrows(FetchException.class, () -> reader.read(page(attack.getBytes(StandardCharsets.UTF_8))));
            assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
            assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
        }
    }

    @Test
    void whatIsNotXmlIsRefusedNamingTheSitemap() {
        FetchException refused = assertThrows(FetchException.class,
                () -> reader.read(page((URLSET + "<url><loc>https://h/a</url>").getBytes(StandardCharsets.UTF_8))));

        assertTrue(refused.getMessage().contains("https://news.example/sitemap.xml"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not a readable XML sitemap"), refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void wellFormedXmlThatIsNotASitemapIsRefused() {
        FetchException refused = assertThrows(FetchException.class,
                () -> reader.read(page("<html><body><p>Page not found</p></body></html>".getBytes(StandardCharsets.UTF_8))));

        assertTrue(refused.getMessage().contains("not a sitemap: the document is <html>"), refused.getMessage());
    }

    private static String url(String loc, String lastModified) {
        return "<url><loc>" + loc + "</loc>" + (lastModified == null ? "" : "<lastmod>" + lastModified + "</lastmod>") + "</url>";
    }

    private static FetchedPage page(byte[] body) {
        return new FetchedPage("https://news.example/sitemap.xml", "https://news.example/sitemap.xml", body, "application/xml",
                false, Validators.NONE);
    }

}
