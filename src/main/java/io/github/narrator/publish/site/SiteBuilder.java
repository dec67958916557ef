package io.github.narrator.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.LockFile;
import io.github.narrator.files.NarrationFiles;

/**
 * Rebuilds everything in {@code out/} that lists the narrations: the podcast feed, the M3U playlist,
 * the per-route feeds and playlists when configured ({@code feeds/<route>/}), the player pages and
 * their assets, and the cover. Each file is written whole from one full read of
 * every {@code articles/*}{@code /metadata.json}, atomically, and only when its content changed (so
 * its ETag stays put and podcast apps' conditional requests get 304s).
 *
 * <p>Safe to call from many threads and processes at once: rebuilds of one {@code out/} take turns
 * (a lock in the JVM plus a file lock on {@code out/.site.lock}), so the last rebuild to start is the
 * last to write and always reflects the latest publish.
 */
public final class SiteBuilder {

    public static final String FEED = "feed.xml";
    public static final String PLAYLIST = "feed.m3u";
    public static final String INDEX = "index.html";
    public static final String ARTICLES = "articles";
    public static final String ASSETS = "assets";
    public static final String DEFAULT_COVER = "cover.png";
    static final List<String> ASSET_FILES = List.of("player.css", "player.js");
    private static final Set<String> OWN_FILES = Set.of(FEED, PLAYLIST, INDEX, DEFAULT_COVER,
            "cover.jpg", "player.css", "player.js");

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);
    private static final String LOCK_FILE = ".site.lock";

    private final Path outDir;
    private final FeedSettings settings;
    private final SourceFeedSettings sourceFeeds;

    /** A site with the main feed only. */
    public SiteBuilder(Path outDir, FeedSettings settings) {
        this(outDir, settings, SourceFeedSettings.off());
    }

    public SiteBuilder(Path outDir, FeedSettings settings, SourceFeedSettings sourceFeeds) {
        this.outDir = outDir;
        this.settings = settings;
        this.sourceFeeds = sourceFeeds;
    }

    /**
     * Rewrites the feed, playlist and pages from what is published now.
     *
     * @return the narrations listed, newest first
     */
    public List<PublishedNarration> rebuild() throws IOException {
        Files.createDirectories(outDir);
        try (LockFile lock = LockFile.take(outDir.resolve(LOCK_FILE))) {
            return rebuildLocked();
        }
    }

    private List<PublishedNarration> rebuildLocked() throws IOException {
        deleteOwnLeftovers();
        List<PublishedNarration> narrations = NarrationCatalog.read(outDir.resolve(ARTICLES));
        String coverUrl = publishCover();
        writeIfChanged(outDir.resolve(FEED), new PodcastFeed(settings, coverUrl, FEED).render(narrations));
        writeIfChanged(outDir.resolve(PLAYLIST), M3uPlaylist.render(settings, narrations).getBytes(StandardCharsets.UTF_8));
        List<SourceFeeds.Feed> routeFeeds = SourceFeeds.of(narrations, settings, sourceFeeds);
        for (SourceFeeds.Feed feed : routeFeeds) {
            writeIfChanged(outDir.resolve(feed.feedPath()),
                    new PodcastFeed(feed.channel(), coverUrl, feed.feedPath()).render(feed.narrations()));
            writeIfChanged(outDir.resolve(feed.playlistPath()),
                    M3uPlaylist.render(feed.channel(), feed.narrations()).getBytes(StandardCharsets.UTF_8));
        }
        SourceFeeds.removeStale(outDir.resolve(SourceFeeds.DIR), routeFeeds);
        for (String asset : ASSET_FILES) {
            writeIfChanged(outDir.resolve(ASSETS).resolve(asset), resource(asset));
        }
        PlayerPages pages = new PlayerPages(settings);
        for (PublishedNarration narration : narrations) {
            writeArticlePage(pages, narration);
        }
        writeIfChanged(outDir.resolve(INDEX), pages.index(narrations, routeFeeds).getBytes(StandardCharsets.UTF_8));
        return narrations;
    }

    private void writeArticlePage(PlayerPages pages, PublishedNarration narration) {
        try {
            List<TranscriptCues.Cue> cues = narration.transcript()
                    ? TranscriptCues.parse(Files.readString(narration.dir().resolve(NarrationFiles.VTT), StandardCharsets.UTF_8))
                    : List.of();
            String html = pages.article(narration, cues, ChapterList.of(narration));
            writeIfChanged(narration.dir().resolve(INDEX), html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            // The folder may be being replaced by a newer narration; the rebuild after that publish writes its page.
            LOG.warn("no player page for {}: {}", narration.slug(), e.getMessage());
        }
    }

    /** The cover's URL: the configured web address, or a copy of the configured file, or the generated default. */
    private String publishCover() throws IOException {
        if (settings.coverImageUrl().isPresent()) {
            return settings.coverImageUrl().get();
        }
        if (settings.coverImageFile().isPresent()) {
            Path source = settings.coverImageFile().get();
            String name = source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png") ? "cover.png" : "cover.jpg";
            writeIfChanged(outDir.resolve(name), Files.readAllBytes(source));
            return settings.url(name);
        }
        Path cover = outDir.resolve(DEFAULT_COVER);
        if (!Files.exists(cover)) {
            AtomicFiles.write(cover, out -> out.write(DefaultCover.png()));
        }
        return settings.url(DEFAULT_COVER);
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        AtomicFiles.write(target, out -> out.write(content));
    }

    /** Temporary files of a rebuild that crashed: only ours, and only while we hold the lock. */
    private void deleteOwnLeftovers() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(outDir, outDir.resolve(ASSETS)));
        dirs.addAll(SourceFeeds.folders(outDir.resolve(SourceFeeds.DIR)));
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    int mark = name.indexOf(AtomicFiles.TEMP_MARK);
                    if (name.startsWith(".") && mark > 1 && OWN_FILES.contains(name.substring(1, mark))
                            && Files.isRegularFile(file)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("player asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
