package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.mpatric.mp3agic.Mp3File;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import com.sun.net.httpserver.HttpServer;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.PollingRoute;
import io.github.narrator.testing.Prerequisites;

/**
 * What a podcaster does on the first day: {@code run --once} on a site, then serve {@code out/} on
 * a port of its own, or publish it behind a proxy under a path. The feed a podcast app fetches
 * parses in two independent readers (ROME, and Python's standard XML library), and every URL in it
 * answers 200 (206 for a byte range of the audio).
 */
class PodcastReadyEndToEndTest {

    @TempDir
    static Path work;
    private static LocalHttpServer site;
    private static Path out;
    private static byte[] leadImage;

    @BeforeAll
    static void narrateASite() throws Exception {
        leadImage = image("jpeg", 1600, 900);
        site = new LocalHttpServer();
        site.route("/img/lead.jpg", e -> LocalHttpServer.respond(e, 200, "image/jpeg", leadImage));
        site.route("/img/banner.png", e -> LocalHttpServer.respond(e, 200, "image/png", image("png", 2400, 700)));
        site.page("/news/harbour-plan", "text/html; charset=utf-8", page("/news/harbour-plan", "Harbour plan approved",
                "/img/lead.jpg"));
        site.page("/news/ferry-fares", "text/html; charset=utf-8", page("/news/ferry-fares", "Ferry fares frozen",
                "/img/banner.png"));
        site.page("/list.txt", "text/plain", site.url("/news/harbour-plan") + "\n" + site.url("/news/ferry-fares") + "\n");

        out = work.resolve("out");
        Path routes = PollingRoute.write(work.resolve("routes"), "harbour-times", site.url("/list.txt"), "url-list");
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", out.toString())
                .with("narrator.poll.repeat", "1")
                .with("narrator.workers", "1")
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.feed.owner-email", "podcast@harbour-times.test");
        try (NarratorRunner runner = new NarratorRunner(config, routes, new PrintStream(OutputStream.nullOutputStream()), false)) {
            BatchTracker.Summary summary = runner.runOnce();
            assertEquals(2, summary.narrated(), summary.toString());
        }
    }

    @Test
    void servedOnAPortOfItsOwnWithoutABaseUrlEveryLinkWorks() throws Exception {
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0, FeedSettings.PREVIEW_BASE_URL).start()) {
            String base = "http://127.0.0.1:" + server.port();
            assertTrue(server.port() != 8080);
            String xml = get(base + "/feed.xml").text();
            List<String> urls = checkFeed(xml, base);
            assertTrue(urls.stream().noneMatch(url -> url.startsWith(FeedSettings.PREVIEW_BASE_URL)), urls.toString());
            everyUrlAnswers(urls);
            checkEpisodeArt(xml, base);
        }
    }

    @Test
    void publishedUnderAPathBehindAProxyEveryLinkWorks() throws Exception {
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0).start();
             PathProxy proxy = new PathProxy("/podcast", server.port())) {
            String base = proxy.url("/podcast");
            NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"))
                    .with("narrator.out", out.toString()).with("narrator.feed.base-url", base)
                    .with("narrator.feed.owner-email", "podcast@harbour-times.test");
            new SiteBuilder(out, config.feedSettings()).rebuild();
            try {
                String xml = get(base + "/feed.xml").text();
                List<String> urls = checkFeed(xml, base);
                everyUrlAnswers(urls);
                // the player pages, with relative links only, work under the path too
                String index = get(base + "/").text();
                for (String link : List.of("assets/player.css", "feed.xml", "feed.m3u")) {
                    assertTrue(index.contains("href=\"" + link + "\""), link);
                    assertEquals(200, get(base + "/" + link).status(), link);
                }
                String slug = urls.stream().filter(url -> url.endsWith("/narration.mp3")).findFirst().orElseThrow()
                        .replace(base + "/articles/", "").replace("/narration.mp3", "");
                String article = get(base + "/articles/" + slug + "/").text();
                for (String link : List.of("../../assets/player.js", "../../assets/player.css", "narration.vtt", "narration.mp3")) {
                    assertTrue(article.contains("\"" + link + "\""), link);
                    assertEquals(200, get(URI.create(base + "/articles/" + slug + "/").resolve(link).toString()).status(), link);
                }
            } finally {
                // the other test serves the same out/ without a base URL
                new SiteBuilder(out, NarratorConfig.load(work.resolve("none.properties"))
                        .with("narrator.out", out.toString()).feedSettings()).rebuild();
            }
        }
    }

    /** Parses the feed with ROME and with Python's XML library; returns every URL the feed names. */
    private static List<String> checkFeed(String xml, String base) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Channel channel = (Channel) input.build(new java.io.StringReader(xml));
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals(2, channel.getItems().size());
        for (Item item : channel.getItems()) {
            assertTrue(item.getEnclosures().get(0).getUrl().startsWith(base + "/articles/"), item.getEnclosures().get(0).getUrl());
            assertTrue(item.getEnclosures().get(0).getLength() > 1000);
            assertNotNull(item.getPubDate());
            assertTrue(item.getContent().getValue().contains("Read the article</a>"));
        }
        Prerequisites.tool("python3", "--version");
        Process python = new ProcessBuilder("python3", "-c", PYTHON_CHECK).redirectErrorStream(true).start();
        try (OutputStream stdin = python.getOutputStream()) {
            stdin.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        String report = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python3 hangs");
        assertEquals(0, python.exitValue(), report);
        List<String> urls = new ArrayList<>(report.lines().filter(line -> !line.isBlank()).distinct().toList());
        assertTrue(urls.contains(base + "/feed.xml"), urls.toString());
        return urls;
    }

    /** Python's own XML parser and date parser: what every feed reader needs is there, and the URLs it names. */
    private static final String PYTHON_CHECK = """
            import sys, email.utils, xml.etree.ElementTree as ET
            ns = {'itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd', 'podcast': 'https://podcastindex.org/namespace/1.0',
                  'atom': 'http://www.w3.org/2005/Atom'}
            root = ET.fromstring(sys.stdin.buffer.read())
            assert root.tag == 'rss' and root.get('version') == '2.0', root.tag
            channel = root.find('channel')
            for tag in ('title', 'link', 'description', 'language', 'itunes:author', 'itunes:image', 'itunes:category',
                        'itunes:explicit', 'itunes:owner/itunes:email', 'podcast:guid'):
                assert channel.find(tag, ns) is not None, 'channel has no ' + tag
            urls = [channel.find('itunes:image', ns).get('href'), channel.find('image/url').text, channel.find('link').text]
            urls += [link.get('href') for link in channel.findall('atom:link', ns)]
            items = channel.findall('item')
            assert items, 'no item'
            for item in items:
                for tag in ('title', 'guid', 'pubDate', 'description', 'enclosure', 'itunes:duration'):
                    assert item.find(tag, ns) is not None, 'item has no ' + tag
                email.utils.parsedate_to_datetime(item.find('pubDate').text)
                enclosure = item.find('enclosure')
                assert enclosure.get('type') == 'audio/mpeg' and int(enclosure.get('length')) > 0
                urls.append(enclosure.get('url'))
                urls.append(item.find('link').text)
                urls += [e.get('url') for e in item.findall('podcast:transcript', ns) + item.findall('podcast:chapters', ns)]
                urls += [e.get('href') for e in item.findall('itunes:image', ns)]
            print('\\n'.join(urls))
            """;

    private static void everyUrlAnswers(List<String> urls) throws IOException {
        for (String url : urls) {
            Fetched whole = get(url);
            assertEquals(200, whole.status(), url);
            if (url.endsWith(".mp3")) {
                HttpURLConnection range = (HttpURLConnection) URI.create(url).toURL().openConnection();
                range.setRequestProperty("Range", "bytes=0-999");
                assertEquals(206, range.getResponseCode(), url);
                assertEquals(1000, range.getInputStream().readAllBytes().length);
            }
        }
    }

    /** The article with a usable lead image has it as its episode art; the one with a banner has the channel's cover, and says why. */
    private static void checkEpisodeArt(String xml, String base) throws Exception {
        Channel channel = (Channel) new WireFeedInput().build(new java.io.StringReader(xml));
        Item harbour = channel.getItems().stream().filter(i -> i.getTitle().startsWith("Harbour")).findFirst().orElseThrow();
        Item ferry = channel.getItems().stream().filter(i -> i.getTitle().startsWith("Ferry")).findFirst().orElseThrow();
        String harbourImage = harbour.getForeignMarkup().stream().filter(e -> e.getName().equals("image"))
                .findFirst().orElseThrow().getAttributeValue("href");
        assertTrue(harbourImage.startsWith(base + "/articles/") && harbourImage.endsWith("/cover.jpg"), harbourImage);
        byte[] cover = get(harbourImage).body();
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(cover));
        assertEquals(1400, square.getWidth());
        assertEquals(1400, square.getHeight());
        Path harbourMp3 = out.resolve(URI.create(harbour.getEnclosures().get(0).getUrl()).getPath().substring(1));
        assertArrayEquals(cover, new Mp3File(harbourMp3.toString()).getId3v2Tag().getAlbumImage(), "the same picture in the MP3");

        assertTrue(ferry.getForeignMarkup().stream().noneMatch(e -> e.getName().equals("image")));
        Path ferryDir = out.resolve(URI.create(ferry.getEnclosures().get(0).getUrl()).getPath().substring(1)).getParent();
        JsonNode metadata = Json.MAPPER.readTree(ferryDir.resolve("metadata.json").toFile());
        assertNull(metadata.get("image"));
        assertTrue(metadata.get("imageNote").asText().contains("a banner"), metadata.get("imageNote").asText());
        byte[] channelCover = Files.readAllBytes(out.resolve("cover.png"));
        assertArrayEquals(channelCover, new Mp3File(ferryDir.resolve("narration.mp3").toString()).getId3v2Tag().getAlbumImage(),
                "the channel's cover in an episode without its own");
    }

    private static String page(String path, String title, String image) {
        return ArticlePages.article(site.url(path), title, "The news of the day is " + title.toLowerCase() + ".")
                .replace("<meta property=\"og:site_name\"", "<meta property=\"og:image\" content=\"" + site.url(image)
                        + "\">\n<meta property=\"og:site_name\"");
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private record Fetched(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static Fetched get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Fetched(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    /** A reverse proxy that publishes another server under a path, as a web server in front of Narrator would. */
    private static final class PathProxy implements AutoCloseable {

        private final HttpServer server;

        PathProxy(String prefix, int targetPort) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(prefix + "/", exchange -> {
                try {
                    String rest = exchange.getRequestURI().getRawPath().substring(prefix.length());
                    HttpURLConnection upstream = (HttpURLConnection) URI.create("http://127.0.0.1:" + targetPort + rest)
                            .toURL().openConnection();
                    String range = exchange.getRequestHeaders().getFirst("Range");
                    if (range != null) {
                        upstream.setRequestProperty("Range", range);
                    }
                    int status = upstream.getResponseCode();
                    for (Map.Entry<String, List<String>> header : upstream.getHeaderFields().entrySet()) {
                        if (header.getKey() != null && List.of("content-type", "content-range", "etag")
                                .contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                            exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                        }
                    }
                    byte[] body;
                    try (InputStream in = status < 400 ? upstream.getInputStream() : upstream.getErrorStream()) {
                        body = in == null ? new byte[0] : in.readAllBytes();
                    }
                    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                    try (OutputStream response = exchange.getResponseBody()) {
                        response.write(body);
                    }
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
