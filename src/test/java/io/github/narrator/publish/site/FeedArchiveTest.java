package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.github.narrator.publish.NarrationMetadata;

class FeedArchiveTest {

    @Test
    void theFeedKeepsTheNewestAndOlderOnesFillArchivePagesOldestFirst() {
        FeedArchive archive = new FeedArchive(3, FeedSettings.PubDates.EPISODE);
        for (int i = 1; i <= 3 + FeedArchive.PAGE_SIZE + 2; i++) {
            archive.put(narration("n" + i, i), new TreeSet<>());
        }
        assertEquals(List.of("n105", "n104", "n103"), slugs(archive.current()));
        assertEquals(2, archive.pages());
        assertEquals(FeedArchive.PAGE_SIZE, archive.page(1).size());
        assertEquals("n1", archive.page(1).get(FeedArchive.PAGE_SIZE - 1).slug(), "page 1 holds the oldest, newest first");
        assertEquals(List.of("n102", "n101"), slugs(archive.page(2)));
        assertEquals(105, archive.size());
    }

    @Test
    void onePublishChangesTheFeedAndAtMostTwoArchivePages() {
        FeedArchive archive = new FeedArchive(3, FeedSettings.PubDates.EPISODE);
        for (int i = 1; i <= 3 + FeedArchive.PAGE_SIZE; i++) {
            archive.put(narration("n" + i, i), new TreeSet<>());
        }
        Set<Integer> changed = new TreeSet<>();
        archive.put(narration("new", 1000), changed);
        assertEquals(Set.of(0, 1, 2), changed, "the feed, the new page, and the full one before it (its next-archive link)");
        changed.clear();
        archive.put(narration("newer", 1001), changed);
        assertEquals(Set.of(0, 2), changed);
    }

    @Test
    void aNewVersionReplacesItsNarrationWhereItIs() {
        FeedArchive archive = new FeedArchive(2, FeedSettings.PubDates.EPISODE);
        for (int i = 1; i <= 4; i++) {
            archive.put(narration("n" + i, i), new TreeSet<>());
        }
        Set<Integer> changed = new TreeSet<>();
        archive.put(narration("n1", 1), changed);
        assertEquals(Set.of(1), changed, "n1 is in archive page 1 and stays there");
        assertEquals(List.of("n2", "n1"), slugs(archive.page(1)));
        changed.clear();
        archive.put(narration("n4", 4), changed);
        assertEquals(Set.of(0), changed);
        assertEquals(4, archive.size());
    }

    @Test
    void withArticleDatesAnOldArticleNarratedNowGoesStraightToTheArchive() {
        FeedArchive archive = new FeedArchive(2, FeedSettings.PubDates.ARTICLE);
        archive.put(narration("recent-1", 100), new TreeSet<>());
        archive.put(narration("recent-2", 101), new TreeSet<>());
        Set<Integer> changed = new TreeSet<>();
        archive.put(narration("from-2010", 1), changed);
        assertEquals(List.of("recent-2", "recent-1"), slugs(archive.current()));
        assertEquals(List.of("from-2010"), slugs(archive.page(1)));
    }

    private static List<String> slugs(List<PublishedNarration> narrations) {
        List<String> slugs = new ArrayList<>();
        narrations.forEach(n -> slugs.add(n.slug()));
        return slugs;
    }

    /** A narration whose article and episode are both dated {@code day} days after 2020-01-01. */
    static PublishedNarration narration(String slug, int day) {
        Instant date = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(day * 86_400L);
        NarrationMetadata metadata = new NarrationMetadata(slug, "narrator:" + slug, null, null, "https://news.test/" + slug,
                "Title " + slug, null, null, date.atOffset(java.time.ZoneOffset.UTC), null, "en", null, null, 100, 30.0,
                null, null, null, null, null, date, null, null, null, date, null, null);
        return new PublishedNarration(slug, Path.of("out/articles", slug), metadata, 1000, true, true, true);
    }
}
