package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SlowSiteTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsItsArticlesAndAnswersEachAfterTheDelay() throws Exception {
        List<NewsPageGenerator.GeneratedPage> pages = List.of(NewsPageGenerator.page(1, 100), NewsPageGenerator.page(2, 100));
        try (SlowSite site = new SlowSite(pages, Duration.ofMillis(300))) {
            assertEquals(0, site.listRequestedNanos());
            List<String> links = get(site.listUrl()).body().lines().toList();
            assertTrue(site.listRequestedNanos() > 0, "the list's first request is timed");
            assertEquals(2, links.size());

            long before = System.nanoTime();
            HttpResponse<String> second = get(links.get(1));
            assertTrue(System.nanoTime() - before >= 300_000_000L, "an article is answered after the delay");
            assertEquals(200, second.statusCode());
            assertEquals(pages.get(1).html(), second.body());

            assertEquals(404, get(links.get(1).replace("/articles/1", "/articles/2")).statusCode());
            assertTrue(get(site.listUrl().replace("urls.txt", "robots.txt")).body().contains("User-agent: *"));

            site.resetClock();
            assertEquals(0, site.listRequestedNanos());
        }
    }
}
