package io.github.narrator.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.NarratorVersion;
import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.Json;
import io.github.narrator.files.LockFile;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.Listing;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.publish.artwork.ChannelCover;
import io.github.narrator.speech.Timeline;

import org.jspecify.annotations.Nullable;

/**
 * Keeps everything in {@code out/} that lists the narrations up to date: the podcast feed and its
 * archive pages, the M3U playlist, the per-route feeds when configured ({@code feeds/<route>/}), the
 * list pages, the player pages, their assets and the cover.
 *
 * <p>Incremental: a narration's player page is written into its folder as it is published, and a
 * line is appended to the catalogue ({@code state/catalogue.jsonl}) — see {@link #listing()}. A
 * {@link #rebuild()} then reads only the catalogue lines added since the last one and rewrites the
 * documents they change: the feed of the newest {@link FeedSettings#itemCap()} narrations, at most
 * two archive pages, the playlist and the list page. What one publish costs does not grow with the
 * number of narrations. The first rebuild in a process reads the whole catalogue once, adds the
 * narrations it misses (older folders, a crash between publishing and cataloguing), drops those whose
 * folder is gone, and rewrites every player page if the page template or the channel changed.
 *
 * <p>Every file is written atomically and only when its content changed (so its ETag stays put and
 * podcast apps' conditional requests get 304s). Rebuilds of one {@code out/} take turns across
 * threads and processes (a lock in the JVM plus a file lock on {@code out/.site.lock}).
 */
public final class SiteBuilder {

    public static final String FEED = "feed.xml";
    public static final String PLAYLIST = "feed.m3u";
    public static final String INDEX = "index.html";
    public static final String ARTICLES = "articles";
    public static final String ASSETS = "assets";
    public static final String STATE = "state";
    public static final String DEFAULT_COVER = "cover.png";
    static final List<String> ASSET_FILES = List.of("player.css", "player.js");
    private static final String MAIN = "";
    private static final Set<String> OWN_FILES = Set.of(FEED, PLAYLIST, INDEX, DEFAULT_COVER, "cover.jpg", "player.css",
            "player.js");
    private static final String SITE_STATE = "site.json";
    /** Bump when the player page's markup changes in code, so that every page is written again. */
    private static final int PAGE_VERSION = 2;

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);
    private static final String LOCK_FILE = ".site.lock";

    /** What {@code state/site.json} remembers between processes. */
    record State(String pages) {
    }

    private final Path outDir;
    private final Path articlesDir;
    private final Path stateDir;
    private final FeedSettings settings;
    private final SourceFeedSettings sourceFeeds;
    private final Catalogue catalogue;
    private final PlayerPages pages;

    private boolean loaded;
    private String generation;
    private long offset;
    private int linesRead;
    private String channelGuid;
    private String coverUrl;
    private FeedArchive main;
    private final Map<String, FeedArchive> routes = new TreeMap<>();

    /** A site with the main feed only. */
    public SiteBuilder(Path outDir, FeedSettings settings) {
        this(outDir, settings, SourceFeedSettings.off());
    }

    public SiteBuilder(Path outDir, FeedSettings settings, SourceFeedSettings sourceFeeds) {
        this.outDir = outDir;
        this.articlesDir = outDir.resolve(ARTICLES);
        this.stateDir = outDir.resolve(STATE);
        this.settings = settings;
        this.sourceFeeds = sourceFeeds;
        this.catalogue = new Catalogue(stateDir);
        this.pages = new PlayerPages(settings);
    }

    /** What the {@link Publisher} tells as it publishes: the player page goes into the folder, the narration into the catalogue. */
    public Listing listing() {
        return new Listing() {
            @Override
            public void stage(Path staging, NarrationMetadata metadata, Timeline timeline) throws IOException {
                PublishedNarration narration = new PublishedNarration(metadata.id(), staging, metadata,
                        Files.size(staging.resolve(NarrationFiles.MP3)), Files.isRegularFile(staging.resolve(NarrationFiles.VTT)),
                        Files.isRegularFile(staging.resolve(NarrationFiles.CHAPTERS)),
                        Files.isRegularFile(staging.resolve(NarrationFiles.TRANSCRIPT)));
                String html = pages.article(narration, TranscriptCues.of(timeline.cues()), ChapterList.of(timeline.chapters()));
                Files.writeString(staging.resolve(INDEX), html, StandardCharsets.UTF_8);
            }

            @Override
            public void published(Path dir, NarrationMetadata metadata) {
                try {
                    catalogue.append(CatalogueEntry.of(new PublishedNarration(metadata.id(), dir, metadata,
                            Files.size(dir.resolve(NarrationFiles.MP3)), Files.isRegularFile(dir.resolve(NarrationFiles.VTT)),
                            Files.isRegularFile(dir.resolve(NarrationFiles.CHAPTERS)),
                            Files.isRegularFile(dir.resolve(NarrationFiles.TRANSCRIPT)))));
                } catch (IOException e) {
                    // Published all the same: the next process's first rebuild finds the folder and lists it.
                    LOG.warn("{} is published but not yet in the catalogue: {}", metadata.id(), e.toString());
                }
            }
        };
    }

    /**
     * Brings the feed, playlist and lists up to date with what was published since the last call
     * (the first call in a process checks everything, see the class comment).
     *
     * @return how many narrations are listed
     */
    public int rebuild() throws IOException {
        return locked(() -> {
            if (!loaded) {
                load(false);
            } else {
                catchUp();
            }
            return main.size();
        });
    }

    /**
     * Everything again from the folders: every {@code metadata.json} is read, the catalogue rewritten
     * from them, every page and feed document written. For an {@code out/} edited by hand; a normal
     * run never needs it.
     *
     * @return how many narrations are listed
     */
    public int rebuildAll() throws IOException {
        return locked(() -> {
            load(true);
            return main.size();
        });
    }

    private interface Work {
        int run() throws IOException;
    }

    private int locked(Work work) throws IOException {
        Files.createDirectories(outDir);
        try (LockFile lock = LockFile.take(outDir.resolve(LOCK_FILE))) {
            return work.run();
        }
    }

    // ---- the first rebuild: check the catalogue against the folders, then write everything ----

    private void load(boolean fromFolders) throws IOException {
        deleteOwnLeftovers();
        channelGuid = PodcastIds.forOutput(stateDir, settings.guid());
        coverUrl = publishCover();
        if (settings.ownerEmail().isEmpty()) {
            LOG.warn("narrator.feed.owner-email is empty: podcast directories use itunes:email to verify who owns a feed");
        }
        Catalogue.Chunk read = catalogue.read(null, 0);
        Map<String, CatalogueEntry> latest = new LinkedHashMap<>();
        read.entries().forEach(entry -> latest.put(entry.slug(), entry));
        boolean rewrite = read.entries().size() > latest.size() || fromFolders;
        Set<String> onDisk = new HashSet<>(NarrationCatalog.slugs(articlesDir));
        rewrite |= latest.keySet().retainAll(onDisk);

        List<PublishedNarration> found = new ArrayList<>();
        for (String slug : onDisk) {
            CatalogueEntry listed = latest.get(slug);
            if (fromFolders || listed == null || !sameFiles(listed)) {
                NarrationCatalog.tryRead(articlesDir, slug).ifPresent(found::add);
            }
        }
        if (!found.isEmpty() || rewrite) {
            found.sort(Comparator.comparing((PublishedNarration n) -> n.episodeDate().toInstant()).thenComparing(PublishedNarration::slug));
            for (PublishedNarration narration : found) {
                latest.put(narration.slug(), CatalogueEntry.of(narration));
            }
            catalogue.compact(new ArrayList<>(latest.values()), read.generation(), read.offset());
            LOG.info("catalogue {}: {} narrations, {} read from their folders", fromFolders ? "rebuilt" : "checked",
                    latest.size(), found.size());
        }

        replayAll();
        String fingerprint = pageFingerprint();
        State state = readState();
        if (fromFolders || state == null || !fingerprint.equals(state.pages())) {
            writeAllPlayerPages();
            AtomicFiles.write(stateDir.resolve(SITE_STATE), out -> Json.MAPPER.writeValue(out, new State(fingerprint)));
        } else {
            for (PublishedNarration narration : found) {
                writePlayerPage(narration);
            }
        }
        writeEverything();
        loaded = true;
    }

    /** Whether the folder still holds what its catalogue line says (a few file sizes, not a read). */
    private boolean sameFiles(CatalogueEntry entry) {
        Path dir = articlesDir.resolve(entry.slug());
        try {
            return Files.size(dir.resolve(NarrationFiles.MP3)) == entry.mp3Bytes()
                    && Files.isRegularFile(dir.resolve(NarrationFiles.VTT)) == entry.transcript()
                    && Files.isRegularFile(dir.resolve(NarrationFiles.CHAPTERS)) == entry.chapters()
                    && Files.isRegularFile(dir.resolve(NarrationFiles.TRANSCRIPT)) == entry.sentences();
        } catch (IOException gone) {
            return false;
        }
    }

    /** Lists every catalogue line afresh, in order. */
    private void replayAll() throws IOException {
        main = new FeedArchive(settings.itemCap(), settings.pubDates());
        routes.clear();
        Catalogue.Chunk chunk = catalogue.read(null, 0);
        Map<String, Set<Integer>> ignored = new HashMap<>();
        chunk.entries().forEach(entry -> apply(entry, ignored));
        generation = chunk.generation();
        offset = chunk.offset();
        linesRead = chunk.entries().size();
    }

    // ---- later rebuilds: only what was appended since ----

    private void catchUp() throws IOException {
        Catalogue.Chunk chunk = catalogue.read(generation, offset);
        if (chunk.generation() == null || !chunk.generation().equals(generation)) {
            // another process compacted the catalogue: list it afresh
            replayAll();
            writeEverything();
            return;
        }
        Map<String, Set<Integer>> changed = new HashMap<>();
        int routesBefore = routes.size();
        chunk.entries().forEach(entry -> apply(entry, changed));
        offset = chunk.offset();
        linesRead += chunk.entries().size();
        writeChanged(changed, routes.size() != routesBefore);
        if (linesRead > 2 * main.size() + 1000) {
            compact();
        }
    }

    /** New versions of narrations leave their old lines behind: rewrite the catalogue without them. */
    private void compact() throws IOException {
        Catalogue.Chunk read = catalogue.read(null, 0);
        Map<String, CatalogueEntry> latest = new LinkedHashMap<>();
        read.entries().forEach(entry -> latest.put(entry.slug(), entry));
        catalogue.compact(new ArrayList<>(latest.values()), read.generation(), read.offset());
        replayAll();
    }

    private void apply(CatalogueEntry entry, Map<String, Set<Integer>> changed) {
        PublishedNarration narration = entry.narration(articlesDir);
        main.put(narration, changed.computeIfAbsent(MAIN, key -> new TreeSet<>()));
        String source = SourceFeeds.sourceOf(narration);
        if (sourceFeeds.enabled() && source != null) {
            routes.computeIfAbsent(source, key -> new FeedArchive(settings.itemCap(), settings.pubDates()))
                    .put(narration, changed.computeIfAbsent(source, key -> new TreeSet<>()));
        }
    }

    // ---- writing ----

    private void writeEverything() throws IOException {
        for (String asset : ASSET_FILES) {
            writeIfChanged(outDir.resolve(ASSETS).resolve(asset), resource(asset));
        }
        Map<String, Set<Integer>> all = new HashMap<>();
        all.put(MAIN, allPages(main));
        routes.forEach((source, archive) -> all.put(source, allPages(archive)));
        writeChanged(all, true);
        removeArchivePagesBeyond(outDir, main.pages(), true);
        List<SourceFeeds.Feed> feeds = routeFeeds();
        for (SourceFeeds.Feed feed : feeds) {
            removeArchivePagesBeyond(outDir.resolve(SourceFeeds.DIR).resolve(feed.folder()), routes.get(feed.source()).pages(), false);
        }
        SourceFeeds.removeStale(outDir.resolve(SourceFeeds.DIR), feeds);
    }

    private static Set<Integer> allPages(FeedArchive archive) {
        Set<Integer> pagesOf = new TreeSet<>();
        for (int page = 0; page <= archive.pages(); page++) {
            pagesOf.add(page);
        }
        return pagesOf;
    }

    private void writeChanged(Map<String, Set<Integer>> changed, boolean routeListChanged) throws IOException {
        List<SourceFeeds.Feed> feeds = routeFeeds();
        Set<Integer> mainPages = changed.getOrDefault(MAIN, Set.of());
        writeFeed(main, settings, FEED, PLAYLIST, channelGuid, mainPages);
        for (int page : mainPages) {
            if (page > 0) {
                writeIfChanged(outDir.resolve(FeedPage.ARCHIVE_DIR + page + ".html"),
                        utf8(pages.index(main.page(page), feeds, page, main.pages())));
            }
        }
        if (mainPages.contains(0) || routeListChanged) {
            writeIfChanged(outDir.resolve(INDEX), utf8(pages.index(main.current(), feeds, main.pages())));
        }
        for (SourceFeeds.Feed feed : feeds) {
            Set<Integer> routePages = changed.getOrDefault(feed.source(), Set.of());
            String dir = SourceFeeds.DIR + "/" + feed.folder() + "/";
            writeFeed(routes.get(feed.source()), feed.channel(), dir + FEED, dir + PLAYLIST,
                    PodcastIds.forRoute(channelGuid, feed.source()), routePages);
        }
    }

    private void writeFeed(FeedArchive archive, FeedSettings channel, String feedPath, String playlistPath, String guid,
            Set<Integer> changedPages) throws IOException {
        PodcastFeed renderer = new PodcastFeed(channel, coverUrl, guid);
        for (int page : changedPages) {
            FeedPage document = new FeedPage(feedPath, page, archive.pages());
            List<PublishedNarration> items = page == 0 ? archive.current() : archive.page(page);
            writeIfChanged(outDir.resolve(document.path()), renderer.render(document, items));
        }
        if (changedPages.contains(0)) {
            writeIfChanged(outDir.resolve(playlistPath), utf8(M3uPlaylist.render(channel, archive.current())));
        }
    }

    private List<SourceFeeds.Feed> routeFeeds() {
        List<SourceFeeds.Feed> feeds = new ArrayList<>();
        routes.keySet().forEach(source -> feeds.add(SourceFeeds.of(source, settings, sourceFeeds)));
        return feeds;
    }

    /** Archive pages numbered beyond what the feed now has (a larger item cap): stale, removed. */
    private static void removeArchivePagesBeyond(Path feedDir, int pages, boolean html) throws IOException {
        Path dir = feedDir.resolve(FeedPage.ARCHIVE_DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.matches("\\d{1,9}\\.(xml|html)") && Integer.parseInt(name.substring(0, name.indexOf('.'))) > pages
                        && (html || name.endsWith(".xml"))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void writeAllPlayerPages() {
        List<PublishedNarration> all = new ArrayList<>(main.current());
        for (int page = 1; page <= main.pages(); page++) {
            all.addAll(main.page(page));
        }
        all.forEach(this::writePlayerPage);
    }

    private void writePlayerPage(PublishedNarration narration) {
        try {
            String html = pages.article(narration, TranscriptCues.read(narration), ChapterList.of(narration));
            writeIfChanged(narration.dir().resolve(INDEX), utf8(html));
        } catch (IOException | IllegalArgumentException e) {
            // The folder may be being replaced by a newer narration, which brings its own page.
            LOG.warn("no player page for {}: {}", narration.slug(), e.getMessage());
        }
    }

    /** Changes when anything every player page shows changes: the template, the channel, Narrator's version. */
    private String pageFingerprint() throws IOException {
        return ContentHash.sha256Hex(String.join("\n", String.valueOf(PAGE_VERSION), NarratorVersion.productToken(),
                settings.title(), settings.language(), settings.disclosureLabel(),
                new String(PlayerPages.templateBytes("article.html"), StandardCharsets.UTF_8)));
    }

    /** The state the last build left; null when missing or damaged (everything is rebuilt). */
    private @Nullable State readState() {
        try {
            return Json.read(stateDir.resolve(SITE_STATE), State.class);
        } catch (IOException | RuntimeException missingOrDamaged) {
            return null;
        }
    }

    /** The cover's URL: the configured web address, or a copy of the configured file, or the drawn default. */
    private String publishCover() throws IOException {
        if (settings.coverImageUrl().isPresent()) {
            return settings.coverImageUrl().get();
        }
        byte[] cover = ChannelCover.bytes(settings.coverImageFile(), settings.title(), stateDir);
        String name = cover.length > 3 && (cover[0] & 0xff) == 0xFF && (cover[1] & 0xff) == 0xD8 ? "cover.jpg" : DEFAULT_COVER;
        writeIfChanged(outDir.resolve(name), cover);
        return settings.url(name);
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        AtomicFiles.write(target, out -> out.write(content));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Temporary files of a rebuild that crashed: only in the site's own folders, and only while we hold the lock. */
    private void deleteOwnLeftovers() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(outDir, outDir.resolve(ASSETS), outDir.resolve(FeedPage.ARCHIVE_DIR)));
        for (Path feed : SourceFeeds.folders(outDir.resolve(SourceFeeds.DIR))) {
            dirs.add(feed);
            dirs.add(feed.resolve(FeedPage.ARCHIVE_DIR));
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    int mark = name.indexOf(AtomicFiles.TEMP_MARK);
                    if (name.startsWith(".") && mark > 1 && isOwn(name.substring(1, mark)) && Files.isRegularFile(file)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static boolean isOwn(String name) {
        return OWN_FILES.contains(name) || name.matches("\\d{1,9}\\.(xml|html)");
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
