package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.fetch.SourcePolicy;

/** A source written as a template instance in YAML hands its typed document to the right entry point, named by its id. */
class SourceTemplatesTest {

    @TempDir
    Path work;

    private final CamelContext context = new DefaultCamelContext();
    /** What reached each entry point: the route it started in, and the body. */
    private final BlockingQueue<Map.Entry<String, Object>> handed = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        Properties settings = new Properties();
        settings.setProperty("narrator.poll.repeat", "1");
        settings.setProperty("narrator.poll.period", "1h");
        context.getPropertiesComponent().setInitialProperties(settings);
        context.addRoutes(new SourceTemplates());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String entry : List.of(NarratorRoutes.FEED, NarratorRoutes.SITEMAP, NarratorRoutes.URL_LIST, NarratorRoutes.FILE)) {
                    from(entry).process(exchange -> handed.add(Map.entry(entry + " " + exchange.getFromRouteId(), handedOver(exchange))));
                }
            }
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        context.close();
    }

    @Test
    void aFeedSourceHandsItsDocumentToTheFeedEntryPoint() throws Exception {
        load("""
                - templatedRoute:
                    routeTemplateRef: feed
                    routeId: example-news
                    parameters:
                      - {name: url, value: "https://news.example/rss.xml"}
                      - {name: allowHosts, value: "cdn.example, media.example"}
                """);
        context.start();
        Map.Entry<String, Object> first = next();
        assertEquals(NarratorRoutes.FEED + " example-news", first.getKey());
        SourceDocument feed = (SourceDocument) first.getValue();
        assertEquals("https://news.example/rss.xml", feed.input());
        assertEquals(SourcePolicy.publicWeb(), feed.policy());
        assertEquals(Set.of("news.example", "cdn.example", "media.example"), feed.linkPolicy().allowedHosts());
    }

    @Test
    void aSitemapAndAUrlListGoToTheirOwnEntryPointsOnTimersOfTheirOwn() throws Exception {
        load("""
                - templatedRoute:
                    routeTemplateRef: sitemap
                    routeId: news-sitemap
                    parameters:
                      - {name: url, value: "https://news.example/sitemap.xml"}
                - templatedRoute:
                    routeTemplateRef: url-list
                    routeId: reading-list
                    parameters:
                      - {name: url, value: "https://lists.example/urls.txt"}
                      - {name: period, value: 30m}
                """);
        context.start();
        Set<String> keys = Set.of(next().getKey(), next().getKey());
        assertEquals(Set.of(NarratorRoutes.SITEMAP + " news-sitemap", NarratorRoutes.URL_LIST + " reading-list"), keys);
        String sitemapTimer = context.getRoute("news-sitemap").getEndpoint().getEndpointUri();
        String listTimer = context.getRoute("reading-list").getEndpoint().getEndpointUri();
        assertNotEquals(sitemapTimer.substring(0, sitemapTimer.indexOf('?')), listTimer.substring(0, listTimer.indexOf('?')),
                "one slow source must not hold up another's polls");
        assertTrue(listTimer.contains("period=30m"), listTimer);
        assertTrue(sitemapTimer.contains("period=1h"), "the default is narrator.poll.period: " + sitemapTimer);
    }

    @Test
    void aDropFolderHandsOverItsHtmlFiles() throws Exception {
        Path folder = Files.createDirectories(work.resolve("drop"));
        Files.writeString(folder.resolve("a.html"), "<p>a</p>");
        Files.writeString(folder.resolve("b.HTM"), "<p>b</p>");
        Files.writeString(folder.resolve("notes.txt"), "not a page");
        load("""
                - templatedRoute:
                    routeTemplateRef: drop-folder
                    routeId: inbox
                    parameters:
                      - {name: path, value: "%s"}
                """.formatted(folder));
        context.start();
        Set<String> files = Set.of(fileName(next()), fileName(next()));
        assertEquals(Set.of("a.html", "b.HTM"), files);
        assertEquals(null, handed.poll(500, TimeUnit.MILLISECONDS), "nothing else is handed over");
        assertTrue(Files.exists(folder.resolve("a.html")), "the user's files stay where they are");
    }

    @Test
    void aMisspeltParameterIsRefusedByName() {
        Exception e = assertThrows(Exception.class, () -> load("""
                - templatedRoute:
                    routeTemplateRef: feed
                    routeId: typo
                    parameters:
                      - {name: url, value: "https://news.example/rss.xml"}
                      - {name: allowedHosts, value: "cdn.example"}
                """));
        assertTrue(messages(e).contains("no parameter 'allowedHosts' (it has allowHosts, period, url)"), messages(e));
        assertTrue(messages(e).contains("https://news.example/rss.xml"), messages(e));
    }

    @Test
    void aSourceWithoutItsUrlOrWithABadOneIsRefusedBeforeTheRunStarts() throws Exception {
        Exception missing = assertThrows(Exception.class, () -> load("""
                - templatedRoute:
                    routeTemplateRef: feed
                    routeId: no-url
                """));
        assertTrue(messages(missing).contains("url"), messages(missing));

        load("""
                - templatedRoute:
                    routeTemplateRef: feed
                    routeId: hostless
                    parameters:
                      - {name: url, value: "https:///rss.xml"}
                """);
        Exception bad = assertThrows(Exception.class, context::start);
        assertTrue(messages(bad).contains("hostless"), messages(bad));
        assertTrue(messages(bad).contains("https:///rss.xml: URL has no host"), messages(bad));
    }

    private void load(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("sources.yaml", yaml));
    }

    private Map.Entry<String, Object> next() throws InterruptedException {
        Map.Entry<String, Object> entry = handed.poll(10, TimeUnit.SECONDS);
        assertTrue(entry != null, "a source handed something over");
        return entry;
    }

    private static Object handedOver(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        return body instanceof SourceDocument ? body : exchange.getIn().getBody(File.class);
    }

    private static String fileName(Map.Entry<String, Object> entry) {
        assertTrue(entry.getKey().equals(NarratorRoutes.FILE + " inbox"), entry.getKey());
        return ((File) entry.getValue()).getName();
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
