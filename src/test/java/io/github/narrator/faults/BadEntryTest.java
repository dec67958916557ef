package io.github.narrator.faults;

import static io.github.narrator.faults.FaultyServer.html;
import static io.github.narrator.faults.FaultyServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.Slow;

/**
 * One malformed entry among good ones, in every kind of source that lists links: the entry fails on
 * its own, recorded with its reason, and the good entries around it are narrated.
 */
@Slow
class BadEntryTest {

    /** Not a URL in any reading: a bad percent escape and a character no URL may hold. */
    private static final String MALFORMED = "%zz not|a url";

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"url-list", "feed", "sitemap"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneBadEntryCostsOneEntry(String template) throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            String first = site.url("/first");
            String second = site.url("/second");
            site.on("/first", html(ArticlePages.article(first, "The first story", "The first story begins here.")))
                .on("/second", html(ArticlePages.article(second, "The second story", "The second story begins here.")))
                .on("/source", status(200, document(template, first, second)));

            PipelineRun run = new PipelineRun(work);
            BatchTracker.Summary summary = run.once(template, site.url("/source"));

            assertEquals(2, summary.narrated(), summary.toString());
            assertEquals(1, summary.failed(), summary.toString());
            Map<String, JsonNode> failures = run.failures();
            assertEquals(1, failures.size(), failures.keySet().toString());
            JsonNode failure = failures.values().iterator().next();
            assertTrue(failure.get("input").asText().contains("not|a url"), failure.toString());
            assertEquals("fetch", failure.get("stage").asText(), failure.toString());
            assertTrue(failure.get("reason").asText().contains("not a valid URL"), failure.toString());
        }
    }

    private static String document(String template, String first, String second) {
        return switch (template) {
            case "url-list" -> first + "\n" + MALFORMED + "\n" + second + "\n";
            case "feed" -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>News</title><link>%1$s</link><description>d</description>
                    <item><title>1</title><link>%1$s</link></item>
                    <item><title>2</title><link>%2$s</link></item>
                    <item><title>3</title><link>%3$s</link></item>
                    </channel></rss>
                    """.formatted(first, MALFORMED, second);
            case "sitemap" -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <url><loc>%1$s</loc></url><url><loc>%2$s</loc></url><url><loc>%3$s</loc></url>
                    </urlset>
                    """.formatted(first, MALFORMED, second);
            default -> throw new IllegalArgumentException(template);
        };
    }
}
