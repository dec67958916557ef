package io.github.narrator.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.SitemapReader;
import io.github.narrator.fetch.Validators;

/**
 * Any bytes served as a sitemap give at most max-items absolute, distinct pages and sitemaps each,
 * or a FetchException saying the sitemap cannot be read; any other exception is a finding. Replays
 * its inputs in every build; fuzzes for 20 s with JAZZER_FUZZ=1 (see .ci/run).
 */
class SitemapReaderFuzzTest {

    private static final int MAX_ITEMS = 5;
    private static final SitemapReader READER = new SitemapReader(MAX_ITEMS);

    @FuzzTest(maxDuration = "20s")
    void anySitemapGivesBoundedAbsoluteLocationsOrARefusal(FuzzedDataProvider data) {
        boolean truncated = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        FetchedPage page = new FetchedPage("https://news.example/sitemap.xml", "https://news.example/sitemap.xml", body,
                "application/xml", truncated, Validators.NONE);
        SitemapReader.Sitemap sitemap;
        try {
            sitemap = READER.read(page);
        } catch (FetchException refused) {
            assertFalse(refused.retryable(), "an unreadable sitemap is not worth retrying");
            return;
        }
        for (List<String> locations : List.of(sitemap.pages(), sitemap.sitemaps())) {
            assertTrue(locations.size() <= MAX_ITEMS, () -> locations.size() + " locations");
            assertTrue(locations.stream().distinct().count() == locations.size(), "no duplicates");
            for (String location : locations) {
                // a link that is no URL is kept as written, to fail alone when fetched (one bad entry costs one entry)
                assertTrue(isAbsolute(location) || location.matches("(?is)^[a-z][a-z0-9+.-]*:.*"),
                        () -> "neither an absolute URL nor a link kept as written: " + location);
            }
        }
    }

    private static boolean isAbsolute(String location) {
        try {
            return new URI(location).isAbsolute();
        } catch (java.net.URISyntaxException notAUrl) {
            return false;
        }
    }
}
