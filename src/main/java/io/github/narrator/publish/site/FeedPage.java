package io.github.narrator.publish.site;

import org.jspecify.annotations.Nullable;

/**
 * One document of a feed (RFC 5005 archived feeds): the feed itself ({@code archive} 0) or one of its
 * archive pages, with the documents it links to. Paths are relative to {@code out/}.
 *
 * @param feedPath the feed's own path, e.g. {@code feed.xml} or {@code feeds/<route>/feed.xml}
 * @param archive  0 for the feed, else the archive page's number (1 is the oldest)
 * @param archives how many archive pages the feed has
 */
record FeedPage(String feedPath, int archive, int archives) {

    static final String ARCHIVE_DIR = "archive/";

    /** Where this document is written. */
    String path() {
        return archive == 0 ? feedPath : archivePath(archive);
    }

    boolean isArchive() {
        return archive > 0;
    }

    /** The next older document; null for the oldest archive page. The feed links to its newest archive page. */
    @Nullable String previousArchive() {
        int previous = archive == 0 ? archives : archive - 1;
        return previous >= 1 ? archivePath(previous) : null;
    }

    /** The next newer archive page; null for the feed and the newest archive page (which links to the feed as "current"). */
    @Nullable String nextArchive() {
        return archive > 0 && archive < archives ? archivePath(archive + 1) : null;
    }

    String archivePath(int number) {
        int slash = feedPath.lastIndexOf('/');
        return feedPath.substring(0, slash + 1) + ARCHIVE_DIR + number + ".xml";
    }
}
