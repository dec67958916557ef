package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.narrator.dedupe.ContentHash;

import org.jspecify.annotations.Nullable;

/**
 * The per-route feeds: for each source route that has narrations, {@code feeds/<folder>/feed.xml}
 * and {@code feed.m3u} listing only the narrations it brought in. Narrations whose metadata names
 * no source (published before sources were recorded) are only in the main feed.
 */
final class SourceFeeds {

    static final String DIR = "feeds";

    /** Route ids used as they are for a folder name; anything else is cleaned up and given a hash. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_CLEANED = 40;

    /**
     * One route's feed.
     *
     * @param source  the route id, as {@code metadata.json} names it
     * @param channel the main channel with this route's title
     * @param folder  its folder under {@code feeds/}, from {@link #folderName}
     */
    record Feed(String source, FeedSettings channel, String folder) {

        /** The feed's path relative to {@code out/}. */
        String feedPath() {
            return DIR + "/" + folder + "/" + SiteBuilder.FEED;
        }

        String playlistPath() {
            return DIR + "/" + folder + "/" + SiteBuilder.PLAYLIST;
        }
    }

    private SourceFeeds() {
    }

    /** The feed of one route. */
    static Feed of(String source, FeedSettings channel, SourceFeedSettings settings) {
        return new Feed(source, channel.withTitle(settings.title(source, channel)), folderName(source));
    }

    /** The route a narration came from; null when its metadata names none. */
    static @Nullable String sourceOf(PublishedNarration narration) {
        String source = narration.metadata().source();
        return source == null || source.isBlank() ? null : source;
    }

    /**
     * A route id as a single, safe path segment: the id itself when it is a plain lower-case name
     * ({@code samples-feed}); otherwise its letters and digits joined by hyphens plus eight hex digits
     * of its SHA-256 ({@code ../x} gives {@code x-} and a hash), so no id can leave {@code feeds/},
     * ids differing only in case or punctuation do not share a folder, and each always gets the same one.
     */
    static String folderName(String source) {
        if (PLAIN.matcher(source).matches()) {
            return source;
        }
        String cleaned = source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        cleaned = cleaned.substring(0, Math.min(cleaned.length(), MAX_CLEANED)).replaceAll("^-+|-+$", "");
        String hash = ContentHash.sha256Hex(source).substring(0, 8);
        return cleaned.isEmpty() ? hash : cleaned + "-" + hash;
    }

    /**
     * Removes the feeds of routes that no longer have narrations (all of them when the setting is
     * off), so that no feed lingers that nothing updates. Only our own files are deleted; a folder
     * someone put other files in stays.
     */
    static void removeStale(Path feedsDir, List<Feed> current) throws IOException {
        if (!Files.isDirectory(feedsDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<String> keep = current.stream().map(Feed::folder).collect(Collectors.toSet());
        for (Path dir : folders(feedsDir)) {
            if (keep.contains(dir.getFileName().toString())) {
                continue;
            }
            Files.deleteIfExists(dir.resolve(SiteBuilder.FEED));
            Files.deleteIfExists(dir.resolve(SiteBuilder.PLAYLIST));
            Path archive = dir.resolve(FeedPage.ARCHIVE_DIR);
            if (Files.isDirectory(archive, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> pages = Files.list(archive)) {
                    for (Path page : (Iterable<Path>) pages::iterator) {
                        if (page.getFileName().toString().matches("\\d+\\.xml")) {
                            Files.deleteIfExists(page);
                        }
                    }
                }
                deleteIfEmpty(archive);
            }
            deleteIfEmpty(dir);
        }
        deleteIfEmpty(feedsDir);
    }

    /** The route folders under {@code feeds/}: real folders only (a link may point out of {@code out/}), hidden ones skipped. */
    static List<Path> folders(Path feedsDir) throws IOException {
        if (!Files.isDirectory(feedsDir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(feedsDir)) {
            return entries.filter(dir -> !dir.getFileName().toString().startsWith(".")
                    && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException notOnlyOurs) {
            // a file we did not write: leave it and its folder
        }
    }
}
