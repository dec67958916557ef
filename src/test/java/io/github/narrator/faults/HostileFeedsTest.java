package io.github.narrator.faults;

import static io.github.narrator.faults.FaultyServer.html;
import static io.github.narrator.faults.FaultyServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.fetch.FeedReader;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.Validators;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.Slow;

/**
 * Feeds and sitemaps written to attack the reader: external entities and entity bombs (never expanded, no file
 * or URL read), 100,000 items (a bounded number taken per poll, even when the feed is cut at the size
 * cap), and items pointing where a feed must not lead: local files, jar: and other schemes, loopback
 * and private addresses, other hosts, redirect loops and redirects to other schemes. Sitemap indexes
 * are followed one level, under the same policy, each broken sitemap recorded on its own.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // hang guards
@Slow
class HostileFeedsTest {

    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path work;

    // ---- the feed parser on its own ----

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), SECRET);
        try (FaultyServer evil = new FaultyServer()) {
            evil.on("/evil.dtd", status(200, "<!ENTITY % all \"<!ENTITY leak SYSTEM 'file://" + secret + "'>\">%all;"));
            List<String> attacks = List.of(
                    rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "<link>http://h/&xxe;</link>"),
                    rss("<!DOCTYPE rss [<!ENTITY % dtd SYSTEM \"" + evil.url("/evil.dtd") + "\"> %dtd;]>", "<link>http://h/&leak;</link>"),
                    rss("<!DOCTYPE rss SYSTEM \"" + evil.url("/evil.dtd") + "\">", "<link>http://h/a</link>"),
                    rss("", "<link xmlns:xi=\"http://www.w3.org/2001/XInclude\">http://h/<xi:include href=\"" + secret.toUri()
                            + "\" parse=\"text\"/></link>"),
                    "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title><entry><link href=\"http://h/&xxe;\"/></entry></feed>");
            for (String attack : attacks) {
                try {
                    List<String> links = new FeedReader(10).links(feed(attack.getBytes(StandardCharsets.UTF_8), false));
                    links.forEach(link -> assertFalse(link.contains(SECRET), "entity expanded into " + link));
                } catch (FetchException refused) {
                    assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
                    assertFalse(refused.retryable());
                }
            }
            assertTrue(evil.hits("/evil.dtd").isEmpty(), "no external DTD was fetched");
        }
    }

    @Test
    void entityExpansionBombsAreRefusedAtOnce() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        String quadratic = "<!DOCTYPE rss [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>";
        for (String bomb : List.of(rss(laughs.toString(), "<title>&lol9;</title>"),
                rss(quadratic, "<title>" + "&a;".repeat(50_000) + "</title>"))) {
            FetchException refused = assertThrows(FetchException.class,
                    () -> new FeedReader(10).links(feed(bomb.getBytes(StandardCharsets.UTF_8), false)));
            assertTrue(refused.getMessage().contains("not a readable RSS or Atom feed"), refused.getMessage());
        }
    }

    @Test
    void aFeedOf100000ItemsGivesAtMostMaxItemsEvenWhenCutAtTheSizeCap() throws Exception {
        for (boolean atom : new boolean[] {false, true}) {
            byte[] whole = hugeFeed(100_000, atom);
            int cap = 5 * 1024 * 1024;
            assertTrue(whole.length > cap, "the feed is larger than the cap: " + whole.length);
            FetchedPage cut = feed(java.util.Arrays.copyOf(whole, cap), true);

            List<String> links = new FeedReader(500).links(cut);

            assertEquals(500, links.size(), atom ? "atom" : "rss");
            assertEquals("http://h/story/0", links.get(0));
            assertEquals("http://h/story/499", links.get(499));
        }
    }

    // ---- through the pipeline ----

    @Test
    void linksToFilesOtherSchemesAndPrivateAddressesAreRefusedWithoutARequest() throws Exception {
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.html"), "<html><body><p>" + SECRET + "</p></body></html>");
        Path feedDir = Files.createDirectories(work.resolve("feeds"));
        try (FaultyServer intranet = new FaultyServer()) {
            intranet.on("/secret", html("<html><body><p>" + SECRET + "</p></body></html>"));
            int port = Integer.parseInt(intranet.url("").replaceAll(".*:", ""));
            List<String> links = List.of(
                    secret.toUri().toString(),                                   // a file outside the feed's folder
                    "file:///etc/passwd",
                    "../outside/other.html",                                    // relative, climbing out of the folder
                    "jar:" + secret.toUri() + "!/x.html",
                    "ftp://127.0.0.1:" + port + "/secret",
                    "gopher://127.0.0.1:" + port + "/_GET%20/secret",
                    "data:text/html,hello",
                    "javascript:alert(1)",
                    "http://127.0.0.1:" + port + "/secret",                      // loopback
                    "http://localhost:" + port + "/secret",
                    "http://2130706433:" + port + "/secret",                     // 127.0.0.1 as one number
                    "http://[::1]:" + port + "/secret",
                    "http://[::ffff:127.0.0.1]:" + port + "/secret",
                    "http://0.0.0.0:" + port + "/secret",
                    "http://10.0.0.1/secret",                                    // private networks
                    "http://192.168.1.1/secret",
                    "http://172.16.0.1/secret",
                    "http://169.254.169.254/latest/meta-data/",                 // cloud metadata (link-local)
                    "http://100.64.0.1/secret",                                  // carrier-grade NAT
                    "http://[fd00::1]/secret",                                   // IPv6 unique local
                    "http://127.1/secret");                                      // no host as URIs read it
            Path feed = Files.writeString(feedDir.resolve("feed.xml"), rss("", links.stream()
                    .map(link -> "<item><title>x</title><link>" + link.replace("&", "&amp;").replace("<", "&lt;") + "</link></item>")
                    .reduce("", String::concat)));

            PipelineRun run = new PipelineRun(work).set("narrator.fetch.allow-private-addresses", "false");
            BatchTracker.Summary summary = run.once("feed", feed.toString());

            assertEquals(0, summary.narrated(), summary.toString());
            assertEquals(links.size(), summary.failed(), summary.toString());
            Map<String, JsonNode> failures = run.failures();
            assertEquals(links.size(), failures.size(), failures.keySet().toString());
            for (JsonNode failure : failures.values()) {
                assertEquals("fetch", failure.get("stage").asText(), failure.toString());
                assertTrue(failure.get("reason").asText().contains("refused"), failure.toString());
                assertFalse(failure.get("retryable").asBoolean(), failure.toString());
            }
            assertTrue(intranet.hits("/secret").isEmpty(), "no request reached the intranet server");
            assertNoSecretUnder(run.out());
        }
    }

    @Test
    void externalEntitiesInAServedFeedFailTheFeedAndReadNothing() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), SECRET);
        try (FaultyServer site = new FaultyServer()) {
            site.on("/feed.xml", status(200, rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                    "<item><link>" + "http://127.0.0.1/&xxe;" + "</link></item>"), "Content-Type: application/rss+xml"));

            PipelineRun run = new PipelineRun(work);
            BatchTracker.Summary summary = run.once("feed", site.url("/feed.xml"));

            assertEquals(1, summary.failed(), summary.toString());
            JsonNode failure = run.failures().get(site.url("/feed.xml"));
            assertEquals("feed", failure.get("stage").asText());
            assertTrue(failure.get("reason").asText().contains("DOCTYPE"), failure.toString());
            assertNoSecretUnder(run.out());
        }
    }

    @Test
    void aServedFeedOf100000ItemsFetchesOnlyMaxItemsPerPoll() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            byte[] huge = hugeFeed(100_000, false);
            site.on("/feed.xml", (socket, out, attempt) -> FaultyServer.respond(out, 200, "application/rss+xml",
                    new String(huge, StandardCharsets.UTF_8).replace("http://h/", site.url("/")).getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < 10; i++) {
                site.on("/story/" + i, status(410, "gone"));
            }

            PipelineRun run = new PipelineRun(work).set("narrator.source.max-items", "7");
            BatchTracker.Summary summary = run.once("feed", site.url("/feed.xml"));

            assertEquals(7, summary.failed(), summary.toString());
            for (int i = 0; i < 10; i++) {
                // (the JDK's HttpClient may itself send a GET twice when a closed connection races its reuse)
                int hits = site.hits("/story/" + i).size();
                assertTrue(i < 7 ? hits >= 1 : hits == 0, "/story/" + i + " requested " + hits + " times");
            }
        }
    }

    @Test
    void redirectLoopsAndRedirectsToOtherSchemesOrHostsAreRefused() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            String other = site.url("/").replace("127.0.0.1", "localhost");
            Map<String, String> redirects = Map.of(
                    "/loop-a", site.url("/loop-b"), "/loop-b", site.url("/loop-a"),
                    "/self", "/self",
                    "/to-file", "file:///etc/passwd",
                    "/to-jar", "jar:file:///etc/passwd!/x",
                    "/to-ftp", "ftp://127.0.0.1/x",
                    "/to-data", "data:text/html,hello",
                    "/to-other-host", other + "secret",
                    "/no-location", "");
            redirects.forEach((from, to) -> site.on(from, to.isEmpty() ? status(302, "")
                    : status(302, "", "Location: " + to)));
            StringBuilder items = new StringBuilder();
            for (String from : List.of("/loop-a", "/self", "/to-file", "/to-jar", "/to-ftp", "/to-data", "/to-other-host", "/no-location")) {
                items.append("<item><title>x</title><link>").append(site.url(from)).append("</link></item>");
            }
            site.on("/feed.xml", status(200, rss("", items.toString()), "Content-Type: application/rss+xml"));

            PipelineRun run = new PipelineRun(work);
            BatchTracker.Summary summary = run.once("feed", site.url("/feed.xml"));

            assertEquals(8, summary.failed(), summary.toString());
            Map<String, JsonNode> failures = run.failures();
            assertReason(failures, site.url("/loop-a"), "redirect loop");
            assertReason(failures, site.url("/self"), "redirect loop");
            assertReason(failures, site.url("/to-file"), "refused: redirect to scheme 'file'");
            assertReason(failures, site.url("/to-jar"), "refused: redirect to scheme 'jar'");
            assertReason(failures, site.url("/to-ftp"), "refused: redirect to scheme 'ftp'");
            assertReason(failures, site.url("/to-data"), "refused: redirect to scheme 'data'");
            assertReason(failures, site.url("/to-other-host"), "is not allowed for this source");
            assertReason(failures, site.url("/no-location"), "without Location");
            assertTrue(site.hits("/secret").isEmpty());
            failures.values().forEach(f -> assertFalse(f.get("retryable").asBoolean(), f.toString()));
        }
    }

    // ---- sitemaps through the pipeline ----

    @Test
    void aSitemapIndexIsFollowedOneLevelAndABrokenSitemapIsRecordedWhileTheRestGoOn() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            site.on("/sitemap-index.xml", status(200, "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>/sitemap-news.xml.gz</loc><lastmod>2026-11-26</lastmod></sitemap>"
                    + "<sitemap><loc>/sitemap-broken.xml</loc></sitemap>"
                    + "<sitemap><loc>http://10.0.0.1/sitemap.xml</loc></sitemap>"
                    + "<sitemap><loc>/sitemap-nested-index.xml</loc></sitemap>"
                    + "</sitemapindex>", "Content-Type: application/xml"));
            byte[] news = gzip(urlset("/story/new", "/gone"));
            site.on("/sitemap-news.xml.gz", (socket, out, attempt) -> FaultyServer.respond(out, 200, "application/gzip", news));
            site.on("/sitemap-broken.xml", status(200, "<html><body>Oops</body></html>", "Content-Type: text/html"));
            site.on("/sitemap-nested-index.xml", status(200, "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>/sitemap-deeper.xml</loc></sitemap></sitemapindex>", "Content-Type: application/xml"));
            site.on("/story/new", html(ArticlePages.article(site.url("/story/new"), "Harbour plan approved",
                    "The sitemap listed this story.")));
            site.on("/gone", status(410, "gone"));

            PipelineRun run = new PipelineRun(work); // loopback allowed for the test's server; links stay on its host
            BatchTracker.Summary summary = run.once("sitemap", site.url("/sitemap-index.xml"));

            assertEquals(1, summary.narrated(), summary.toString());
            Map<String, JsonNode> failures = run.failures();
            assertReason(failures, site.url("/gone"), "410");
            assertReason(failures, site.url("/sitemap-broken.xml"), "not a sitemap: the document is <html>");
            assertEquals("sitemap", failures.get(site.url("/sitemap-broken.xml")).get("stage").asText());
            assertReason(failures, "http://10.0.0.1/sitemap.xml", "refused");
            assertEquals(3, failures.size(), failures.keySet().toString());
            assertTrue(site.hits("/sitemap-deeper.xml").isEmpty(), "sitemap indexes do not nest");
        }
    }

    @Test
    void aSitemapWithADoctypeFailsAndReadsNothing() throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), SECRET);
        try (FaultyServer site = new FaultyServer()) {
            site.on("/sitemap.xml", status(200, "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                    + "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/&xxe;</loc></url></urlset>",
                    "Content-Type: application/xml"));

            PipelineRun run = new PipelineRun(work);
            BatchTracker.Summary summary = run.once("sitemap", site.url("/sitemap.xml"));

            assertEquals(1, summary.failed(), summary.toString());
            assertReason(run.failures(), site.url("/sitemap.xml"), "DOCTYPE");
            assertEquals(1, site.hits("/sitemap.xml").size());
            assertNoSecretUnder(run.out());
        }
    }

    // ---- helpers ----

    private static byte[] urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            xml.append("<url><loc>").append(path).append("</loc></url>");
        }
        return xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String rss(String doctype, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<rss version=\"2.0\"><channel><title>t</title><link>http://h/</link><description>d</description>"
                + items + "</channel></rss>";
    }

    private static byte[] hugeFeed(int items, boolean atom) {
        StringBuilder feed = new StringBuilder(items * 80);
        feed.append(atom ? "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id>"
                : "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://h/</link><description>d</description>");
        for (int i = 0; i < items; i++) {
            feed.append(atom ? "<entry><title>Story number " + i + "</title><id>urn:s" + i + "</id><link href=\"http://h/story/" + i + "\"/></entry>\n"
                    : "<item><title>Story number " + i + "</title><link>http://h/story/" + i + "</link></item>\n");
        }
        feed.append(atom ? "</feed>" : "</channel></rss>");
        return feed.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static FetchedPage feed(byte[] body, boolean truncated) {
        return new FetchedPage("http://h/feed.xml", "http://h/feed.xml", body, "application/rss+xml", truncated, Validators.NONE);
    }

    private static void assertReason(Map<String, JsonNode> failures, String input, String expected) {
        JsonNode failure = failures.get(input);
        assertTrue(failure != null, "a failure record for " + input + " in " + failures.keySet());
        assertTrue(failure.get("reason").asText().contains(expected), input + ": " + failure.get("reason").asText());
    }

    private static void assertNoSecretUnder(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(SECRET), "the secret leaked into " + file);
            }
        }
    }
}
