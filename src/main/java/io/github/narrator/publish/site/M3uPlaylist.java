package io.github.narrator.publish.site;

import java.util.List;

import io.github.narrator.files.NarrationFiles;

/**
 * {@code feed.m3u}: the feed's narrations as an extended M3U playlist, newest first, with absolute
 * URLs so it can be saved and opened anywhere. UTF-8, as players read {@code .m3u} files today.
 */
final class M3uPlaylist {

    private M3uPlaylist() {
    }

    static String render(FeedSettings settings, List<PublishedNarration> narrations) {
        StringBuilder m3u = new StringBuilder("#EXTM3U\n");
        m3u.append("#PLAYLIST:").append(oneLine(settings.title())).append('\n');
        for (PublishedNarration narration : narrations) {
            String site = narration.metadata().siteName();
            String title = oneLine(narration.metadata().title());
            m3u.append("#EXTINF:").append(Math.round(narration.metadata().durationSeconds())).append(',')
               .append(site == null || site.isBlank() ? title : oneLine(site) + " - " + title).append('\n')
               .append(settings.url(narration.path(NarrationFiles.MP3))).append('\n');
        }
        return m3u.toString();
    }

    /** A title with a line break would start a bogus entry. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
