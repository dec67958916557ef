package io.github.narrator.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.narrator.fetch.FeedReader;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.Validators;

/**
 * Any bytes served as a feed give at most max-items absolute, distinct links, or a FetchException
 * saying the feed cannot be read; any other exception is a finding. Replays its inputs in every
 * build; fuzzes for 20 s with JAZZER_FUZZ=1 (see .ci/run).
 */
class FeedReaderFuzzTest {

    private static final int MAX_ITEMS = 5;
    private static final FeedReader READER = new FeedReader(MAX_ITEMS);

    @FuzzTest(maxDuration = "20s")
    void anyFeedGivesBoundedAbsoluteLinksOrARefusal(FuzzedDataProvider data) {
        boolean truncated = data.consumeBoolean();
        String contentType = data.pickValue(new String[] {"application/rss+xml", "application/atom+xml; charset=utf-8", "text/xml", ""});
        byte[] body = data.consumeRemainingAsBytes();
        FetchedPage feed = new FetchedPage("https://news.example/feed.xml", "https://news.example/feed.xml", body, contentType,
                truncated, Validators.NONE);
        List<String> links;
        try {
            links = READER.links(feed);
        } catch (FetchException refused) {
            assertFalse(refused.retryable(), "an unreadable feed is not worth retrying");
            return;
        }
        assertTrue(links.size() <= MAX_ITEMS, () -> links.size() + " links");
        assertTrue(links.stream().distinct().count() == links.size(), "no duplicates");
        for (String link : links) {
            assertTrue(URI.create(link).isAbsolute(), () -> "not absolute: " + link);
        }
    }
}
