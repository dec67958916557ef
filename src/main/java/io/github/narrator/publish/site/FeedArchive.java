package io.github.narrator.publish.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which narrations one feed lists where: the newest {@code cap} in the feed itself (page 0), the
 * older ones in archive pages 1, 2, ... of {@link #PAGE_SIZE} each (RFC 5005 archived feeds), page 1
 * the oldest. A narration leaving the feed goes to the newest archive page and stays on its page for
 * good (a new version replaces it there), so one publish changes the feed and at most two archive
 * pages, however many narrations there are. The same catalogue read in the same order always gives
 * the same pages.
 */
final class FeedArchive {

    static final int PAGE_SIZE = 100;

    private final int cap;
    private final Comparator<PublishedNarration> newestFirst;
    private final TreeSet<PublishedNarration> current;
    private final Map<String, PublishedNarration> bySlug = new HashMap<>();
    private final Map<String, Integer> pageOf = new HashMap<>();
    private final List<List<PublishedNarration>> archives = new ArrayList<>();

    FeedArchive(int cap, FeedSettings.PubDates pubDates) {
        this.cap = cap;
        this.newestFirst = Comparator.comparing((PublishedNarration n) -> n.feedDate(pubDates).toInstant()).reversed()
                .thenComparing(PublishedNarration::slug);
        this.current = new TreeSet<>(newestFirst);
    }

    /**
     * Lists a narration, or its new version in the place of the old one.
     *
     * @param changed receives the pages whose content changed: 0 for the feed, k for archive page k
     */
    void put(PublishedNarration narration, Set<Integer> changed) {
        String slug = narration.slug();
        Integer page = pageOf.get(slug);
        PublishedNarration old = bySlug.put(slug, narration);
        if (page == null) {
            current.add(narration);
            pageOf.put(slug, 0);
            changed.add(0);
            if (current.size() > cap) {
                archive(current.pollLast(), changed);
            }
        } else if (page == 0) {
            current.remove(old);
            current.add(narration);
            changed.add(0);
        } else {
            List<PublishedNarration> items = archives.get(page - 1);
            items.set(items.indexOf(old), narration);
            changed.add(page);
        }
    }

    private void archive(PublishedNarration narration, Set<Integer> changed) {
        if (archives.isEmpty() || archives.get(archives.size() - 1).size() >= PAGE_SIZE) {
            archives.add(new ArrayList<>());
            // the page before now links to the new one
            if (archives.size() > 1) {
                changed.add(archives.size() - 1);
            }
        }
        archives.get(archives.size() - 1).add(narration);
        pageOf.put(narration.slug(), archives.size());
        changed.add(archives.size());
    }

    /** The feed's own items, newest first. */
    List<PublishedNarration> current() {
        return List.copyOf(current);
    }

    /** Archive page {@code number} (1 is the oldest), newest first. */
    List<PublishedNarration> page(int number) {
        List<PublishedNarration> items = new ArrayList<>(archives.get(number - 1));
        items.sort(newestFirst);
        return items;
    }

    /** How many archive pages there are. */
    int pages() {
        return archives.size();
    }

    /** Narrations listed, in the feed and its archives. */
    int size() {
        return bySlug.size();
    }
}
