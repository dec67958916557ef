package io.github.narrator.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.narrator.fetch.Validators;
import io.github.narrator.files.Json;
import io.github.narrator.files.LockFile;

import org.jspecify.annotations.Nullable;

/**
 * The persistent record of what has been narrated, so that an article is narrated once, and again
 * only when its content (or the settings that shape its audio) change.
 *
 * <p>One small JSON file per article under {@code state/narrated/}, named by a hash of the canonical
 * URL and replaced atomically: several worker processes can share the folder, and a crash loses at
 * most the entry being written (the article is then narrated again).
 *
 * <p>An article on its way to a worker is <em>claimed</em> by a file under {@code state/claims/}, so
 * that two sources, or two polls of one feed while a backlog drains, do not queue it twice. A claim
 * ends when the narration is recorded or given up; one older than the claim lifetime is ignored
 * (its work item was lost), and {@link #dropClaims} clears them all when the queue itself was in
 * memory and died with the process.
 */
public class NarrationLedger {

    public enum Decision { NEW, CHANGED, UNCHANGED, IN_PROGRESS }

    private static final String CLAIMING_LOCK = ".claiming.lock";

    /** What was narrated for one canonical URL. */
    public record Entry(String canonicalUrl, String contentHash, String slug, Instant narratedAt) {
    }

    /**
     * The HTTP validators last seen for a source URL (null when the server sent none), and the article that
     * version was narrated as (null when not known).
     */
    public record SourceState(String sourceUrl, @Nullable String etag, @Nullable String lastModified,
                              @Nullable String canonicalUrl) {
    }

    /** An article queued for narration: by which content, since when. */
    public record Claim(String canonicalUrl, String contentHash, Instant claimedAt) {
    }

    /** Which article a content hash was last queued under. */
    public record Content(String contentHash, String canonicalUrl) {
    }

    private final Path narratedDir;
    private final Path sourcesDir;
    private final Path claimsDir;
    private final Path contentsDir;
    private final Duration claimLifetime;

    public NarrationLedger(Path stateDir, Duration claimLifetime) {
        this.narratedDir = stateDir.resolve("narrated");
        this.sourcesDir = stateDir.resolve("sources");
        this.claimsDir = stateDir.resolve("claims");
        this.contentsDir = stateDir.resolve("contents");
        this.claimLifetime = claimLifetime;
    }

    public NarrationLedger(Path stateDir) {
        this(stateDir, Duration.ofHours(24));
    }

    /**
     * Whether the article with this content needs narrating. NEW and CHANGED also claim it: the
     * caller must end the claim with {@link #record} or {@link #release}.
     */
    public Decision decide(String canonicalUrl, String contentHash) throws IOException {
        Files.createDirectories(claimsDir);
        // Looking for a claim and making one is one step for every process sharing the folder (two
        // ingest processes polling the same feed): only one of them can win an article.
        try (LockFile claiming = LockFile.take(claimsDir.resolve(CLAIMING_LOCK))) {
            return decideHoldingTheLock(canonicalUrl, contentHash);
        }
    }

    /** Which article a page is, and whether it needs narrating: see {@link #decideArticle}. */
    public record Verdict(String canonicalUrl, Decision decision) {
    }

    /**
     * {@link #decide} for the article this page is: itself, or the article with the same words already
     * narrated or queued on its host ({@link #sameArticleOnHost}). Both are judged in one step under
     * the claiming lock, so two copies of a page fetched at the same moment are still one article.
     */
    public Verdict decideArticle(String canonicalUrl, String contentHash) throws IOException {
        Files.createDirectories(claimsDir);
        try (LockFile claiming = LockFile.take(claimsDir.resolve(CLAIMING_LOCK))) {
            String article = sameArticleOnHost(canonicalUrl, contentHash).orElse(canonicalUrl);
            return new Verdict(article, decideHoldingTheLock(article, contentHash));
        }
    }

    private Decision decideHoldingTheLock(String canonicalUrl, String contentHash) throws IOException {
        Optional<Entry> existing = find(canonicalUrl);
        if (existing.isPresent() && existing.get().contentHash().equals(contentHash)) {
            return Decision.UNCHANGED;
        }
        if (isClaimed(canonicalUrl, contentHash)) {
            return Decision.IN_PROGRESS;
        }
        Json.write(claimFile(canonicalUrl), new Claim(canonicalUrl, contentHash, Instant.now()));
        Json.write(contentFile(contentHash), new Content(contentHash, canonicalUrl));
        return existing.isPresent() ? Decision.CHANGED : Decision.NEW;
    }

    /**
     * The article already narrated (or queued) with exactly this content on the same host and port,
     * when {@code canonicalUrl} has no narration of its own: the same page reached by another address
     * ({@code /story?from=home} and {@code /story}), which is one article, not two.
     */
    Optional<String> sameArticleOnHost(String canonicalUrl, String contentHash) {
        if (find(canonicalUrl).isPresent()) {
            return Optional.empty();
        }
        Path file = contentFile(contentHash);
        try {
            String other = Files.exists(file) ? Json.read(file, Content.class).canonicalUrl() : null;
            if (other == null || other.equals(canonicalUrl) || !sameOrigin(other, canonicalUrl)) {
                return Optional.empty();
            }
            boolean current = find(other).map(entry -> entry.contentHash().equals(contentHash)).orElse(false)
                    || isClaimed(other, contentHash);
            return current ? Optional.of(other) : Optional.empty(); // not a copy of an older version
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(String a, String b) {
        java.net.URI one = java.net.URI.create(a);
        java.net.URI two = java.net.URI.create(b);
        return one.getHost() != null && one.getHost().equalsIgnoreCase(two.getHost()) && one.getPort() == two.getPort();
    }

    /** Whether this version of the article was narrated already (a redelivered work item, say). */
    public boolean isNarrated(String canonicalUrl, String contentHash) {
        return find(canonicalUrl).map(entry -> entry.contentHash().equals(contentHash)).orElse(false);
    }

    private boolean isClaimed(String canonicalUrl, String contentHash) {
        Path file = claimFile(canonicalUrl);
        if (!Files.exists(file)) {
            return false;
        }
        try {
            Claim claim = Json.read(file, Claim.class);
            return claim.contentHash().equals(contentHash)
                    && claim.claimedAt().plus(claimLifetime).isAfter(Instant.now());
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Records a published narration and ends its claim. */
    public void record(Entry entry) throws IOException {
        Json.write(entryFile(entry.canonicalUrl()), entry);
        release(entry.canonicalUrl());
    }

    /** Ends a claim without recording anything (the narration failed or was given up). */
    public void release(String canonicalUrl) throws IOException {
        Files.deleteIfExists(claimFile(canonicalUrl));
    }

    /** Forgets every claim: for an in-memory queue, whose items did not survive the last process. */
    public void dropClaims() throws IOException {
        if (Files.isDirectory(claimsDir)) {
            try (Stream<Path> claims = Files.list(claimsDir)) {
                for (Path claim : (Iterable<Path>) claims.filter(f -> f.toString().endsWith(".json"))::iterator) {
                    Files.deleteIfExists(claim); // not the lock: another process may hold it
                }
            }
        }
    }

    public Optional<Entry> find(String canonicalUrl) {
        Path file = entryFile(canonicalUrl);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(file, Entry.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable ledger entry " + file, e);
        }
    }

    /** Every narration recorded, in no particular order. */
    public List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(narratedDir)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(narratedDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
                entries.add(Json.read(file, Entry.class));
            }
        }
        return entries;
    }

    /** The validators to send when fetching {@code sourceUrl} again, if its last version was narrated. */
    public Validators validators(String sourceUrl) {
        Path file = sourceFile(sourceUrl);
        if (!Files.exists(file)) {
            return Validators.NONE;
        }
        try {
            SourceState state = Json.read(file, SourceState.class);
            return new Validators(state.etag(), state.lastModified());
        } catch (IOException e) {
            return Validators.NONE;
        }
    }

    /** The canonical URL the source's last narrated version had, for a 304 answer. */
    public Optional<String> canonicalUrlOf(String sourceUrl) {
        Path file = sourceFile(sourceUrl);
        try {
            return Files.exists(file) ? Optional.ofNullable(Json.read(file, SourceState.class).canonicalUrl()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Remembers the validators of a source URL whose content is now narrated. */
    public void rememberSource(String sourceUrl, Validators validators, String canonicalUrl) throws IOException {
        if (!validators.isEmpty()) {
            Json.write(sourceFile(sourceUrl), new SourceState(sourceUrl, validators.etag(), validators.lastModified(), canonicalUrl));
        }
    }

    private Path entryFile(String canonicalUrl) {
        return narratedDir.resolve(ContentHash.sha256Hex(canonicalUrl).substring(0, 32) + ".json");
    }

    private Path claimFile(String canonicalUrl) {
        return claimsDir.resolve(ContentHash.sha256Hex(canonicalUrl).substring(0, 32) + ".json");
    }

    private Path contentFile(String contentHash) {
        return contentsDir.resolve(ContentHash.sha256Hex(contentHash).substring(0, 32) + ".json");
    }

    private Path sourceFile(String sourceUrl) {
        return sourcesDir.resolve(ContentHash.sha256Hex(sourceUrl).substring(0, 32) + ".json");
    }
}
