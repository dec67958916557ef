package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.Json;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.PollingRoute;
import io.github.narrator.testing.Slow;

/**
 * kill -9 at ten moments of a batch of 50 articles run by {@code narrator run --once} in a child JVM
 * (fetching, synthesis and encoding, tagging, publishing, rebuilding the feed), each followed by a
 * restart. After every kill the disk must hold only whole narrations, each one known to the
 * idempotent store with the same content; temporary files a kill leaves must be gone after the next
 * start; and once a run completes, every article is published exactly once, the store and the feed
 * agree with the folders, and a further run has nothing to do.
 */
@Slow
class CrashRecoveryTest {

    private static final int ARTICLES = 50;
    private static final String[] TOPICS = {"harbour", "library", "bridge", "school", "market", "museum", "tram", "park",
        "clinic", "river"};

    @TempDir
    Path work;

    private Path out;
    private LocalHttpServer site;
    private final AtomicInteger pageRequests = new AtomicInteger();

    /** A moment to kill at: a name for the report and a condition on what the child is doing. */
    private record Moment(String name, Predicate<Path> now, int maxProgress) {
        Moment(String name, Predicate<Path> now) {
            this(name, now, 4);
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a hang guard: the whole test takes about a minute
    void killedAtTenMomentsAndRestartedItNarratesEveryArticleExactlyOnce() throws Exception {
        out = work.resolve("out");
        serveArticles();
        try {
            killRestartAndCheck();
        } finally {
            site.close();
        }
    }

    private void killRestartAndCheck() throws Exception {
        List<Moment> moments = List.of(
                new Moment("fetch", dir -> pageRequests.get() >= 3),
                new Moment("synthesis+encoding", stagingHolds(".narration.mp3" + AtomicFiles.TEMP_MARK)),
                new Moment("tagging", stagingHolds("narration.mp3")),
                new Moment("publish", stagingHolds("narration.vtt")),
                new Moment("fetch", dir -> pageRequests.get() >= 10),
                new Moment("synthesis+encoding", stagingHolds(".narration.mp3" + AtomicFiles.TEMP_MARK)),
                new Moment("publish", stagingHolds("metadata.json")),
                new Moment("tagging", stagingHolds("narration.mp3")),
                // The feed is rebuilt 5 s after a publish and at the end of every run: these two rounds run to it.
                new Moment("feed rebuild", siteBeingWritten(), ARTICLES),
                new Moment("feed rebuild", siteBeingWritten(), ARTICLES));

        List<String> report = new ArrayList<>();
        Set<Path> leftBehind = new HashSet<>();
        for (Moment moment : moments) {
            pageRequests.set(0);
            int before = ledgerEntries().size();
            Process child = start();
            String hit = killAt(child, moment, before);
            assertGone(leftBehind); // the child cleaned up the last crash's leftovers when it started
            leftBehind = temporaryFiles();
            assertOnlyWholeNarrationsAndTheStoreAgrees();
            report.add(String.format("kill %2d at %-18s -> %s; narrated so far %d, in the feed %d; temporary files left %d",
                    report.size() + 1, moment.name(), hit, ledgerEntries().size(), feedItems(), leftBehind.size()));
        }

        Process last = start();
        assertTrue(last.waitFor(3, TimeUnit.MINUTES), "the last run finishes");
        assertEquals(0, last.exitValue(), log());
        assertGone(leftBehind);
        assertOnlyWholeNarrationsAndTheStoreAgrees();
        Map<String, JsonNode> narrations = narrations();
        assertEquals(ARTICLES, narrations.size(), "every article published once: " + narrations.keySet());
        assertEquals(ARTICLES, ledgerEntries().size());
        assertEquals(ARTICLES, new HashSet<>(narrations.values().stream().map(m -> m.get("canonicalUrl").asText()).toList()).size());
        assertFeedListsExactly(narrations.keySet());
        assertTrue(temporaryFiles().isEmpty(), "no temporary file after a complete run: " + temporaryFiles());
        try (Stream<Path> failures = listOrEmpty(out.resolve("failed"))) {
            assertFalse(failures.findAny().isPresent(), "no failure");
        }

        Process again = start();
        assertTrue(again.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue());
        assertTrue(Files.readString(work.resolve("child.out")).contains("narrated 0,"), Files.readString(work.resolve("child.out")));
        System.out.println(String.join("\n", report));
    }

    // ---- the child ----

    private void serveArticles() throws IOException {
        site = new LocalHttpServer();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            String path = "/news/" + TOPICS[i % TOPICS.length] + "-story-" + i;
            String page = tinyArticle(site.url(path), i);
            site.route(path, exchange -> {
                pageRequests.incrementAndGet();
                LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
            });
            list.append(site.url(path)).append('\n');
        }
        site.page("/list.txt", "text/plain", list.toString());
        PollingRoute.write(work.resolve("routes"), "crash-list", site.url("/list.txt"), "url-list");
    }

    private static String tinyArticle(String url, int n) {
        String topic = TOPICS[n % TOPICS.length];
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The %1$s story, part %2$s</title>
                <link rel="canonical" href="%3$s"></head><body><main><article>
                <h1>The %1$s story, part %2$s</h1>
                <p>The council met on Tuesday to talk about the %1$s near the old square.</p>
                <p>Residents asked for more time to read the plan before the vote.</p>
                <p>A decision is expected next month.</p>
                </article></main></body></html>
                """.formatted(topic, Integer.toString(n + 1), url);
    }

    private Process start() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "io.github.narrator.cli.NarratorCommand", "run", "--once",
                "--routes", work.resolve("routes").toString(), "--out", out.toString(),
                "--set", "narrator.workers=2",
                "--set", "narrator.fetch.allow-private-addresses=true",
                "--set", "narrator.extract.min-body-words=10",
                "--set", "narrator.feed.base-url=http://127.0.0.1:8080");
        return new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("child.out").toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("child.log").toFile()))
                .start();
    }

    /**
     * Waits until at least one new article is narrated in this run (so every round makes progress)
     * and the moment's condition holds, then kills the child with SIGKILL; a moment not seen within
     * the moment's most new narrations is replaced by whatever the child is doing then.
     * Returns what the child was doing when it was killed.
     */
    private String killAt(Process child, Moment moment, int narratedBefore) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline) {
            int narrated = narratedCount();
            boolean progressed = moment.name().equals("fetch") || moment.name().equals("feed rebuild")
                    || narrated > narratedBefore;
            if (progressed && holds(moment.now())) {
                String activity = activity();
                kill(child);
                return "killed during " + moment.name() + " (busy with: " + activity + ")";
            }
            if (narrated >= narratedBefore + moment.maxProgress()) {
                String activity = activity();
                kill(child);
                return "moment not seen; killed after " + moment.maxProgress() + " narrations, busy with: " + activity;
            }
            Thread.sleep(1);
        }
        if (child.isAlive()) {
            kill(child);
            return "killed (moment not seen in 60 s)";
        }
        return "run ended before the moment (exit " + child.exitValue() + ")";
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
    }

    /** What the child is doing right now, as far as the disk shows. */
    private String activity() {
        List<String> busy = new ArrayList<>();
        if (holds(stagingHolds(".narration.mp3" + AtomicFiles.TEMP_MARK))) {
            busy.add("synthesis+encoding");
        }
        if (holds(stagingHolds("narration.mp3"))) {
            busy.add("tagging");
        }
        if (holds(stagingHolds("narration.vtt"))) {
            busy.add("publish");
        }
        if (holds(siteBeingWritten())) {
            busy.add("feed rebuild");
        }
        if (pageRequests.get() > 0 && pageRequests.get() < ARTICLES) {
            busy.add("fetch (" + pageRequests.get() + " pages)");
        }
        return busy.isEmpty() ? "between steps" : String.join(", ", busy);
    }

    private boolean holds(Predicate<Path> condition) {
        try {
            return condition.test(out);
        } catch (java.io.UncheckedIOException movedWhileWeLooked) {
            return false;
        }
    }

    private static Predicate<Path> stagingHolds(String name) {
        return dir -> {
            try (Stream<Path> staged = listOrEmpty(dir.resolve(".staging"))) {
                return staged.anyMatch(folder -> {
                    try (Stream<Path> files = listOrEmpty(folder)) {
                        return files.anyMatch(f -> f.getFileName().toString().startsWith(name));
                    }
                });
            }
        };
    }

    /** The site builder holds out/.site.lock while it writes the feed and pages: a lock we cannot take. */
    private static Predicate<Path> siteBeingWritten() {
        return dir -> {
            Path lock = dir.resolve(".site.lock");
            if (!Files.exists(lock)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                FileLock free = channel.tryLock();
                if (free != null) {
                    free.release();
                    return false;
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        };
    }

    // ---- the checks ----

    /** Every folder in articles/ is a whole narration (its files match its metadata), and the store agrees. */
    private void assertOnlyWholeNarrationsAndTheStoreAgrees() throws Exception {
        Map<String, JsonNode> narrations = narrations();
        try (Stream<Path> entries = listOrEmpty(out.resolve("articles"))) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.contains(AtomicFiles.TEMP_MARK)) {
                    continue; // a hidden temporary file: cleaned up at the next start (checked then)
                }
                assertTrue(Files.isDirectory(entry), "only narration folders in articles/: " + name);
                assertTrue(narrations.containsKey(name), "a folder without metadata.json: " + name);
            }
        }
        for (Map.Entry<String, JsonNode> narration : narrations.entrySet()) {
            Path dir = out.resolve("articles").resolve(narration.getKey());
            JsonNode files = narration.getValue().get("files");
            for (String name : List.of("narration.mp3", "narration.vtt", "script.txt")) {
                assertTrue(files.has(name), dir + " lists " + name);
                assertEquals(files.get(name).get("sha256").asText(), sha256(dir.resolve(name)), "whole file " + dir + "/" + name);
                assertEquals(files.get(name).get("bytes").asLong(), Files.size(dir.resolve(name)));
            }
        }
        for (JsonNode entry : ledgerEntries()) {
            JsonNode metadata = narrations.get(entry.get("slug").asText());
            assertTrue(metadata != null, "the store names a narration that is not published: " + entry);
            assertEquals(entry.get("contentHash").asText(), metadata.get("contentHash").asText(), "store and files agree");
        }
    }

    private int feedItems() throws IOException {
        Path feed = out.resolve("feed.xml");
        return Files.exists(feed) ? Files.readString(feed).split("<item>", -1).length - 1 : 0;
    }

    private void assertFeedListsExactly(Set<String> slugs) throws IOException {
        String feed = Files.readString(out.resolve("feed.xml"));
        assertEquals(slugs.size(), feedItems(), "feed items");
        for (String slug : slugs) {
            assertTrue(feed.contains("/articles/" + slug + "/"), "the feed lists " + slug);
        }
    }

    /** Temporary files (and staging folders) still present must be gone after the next start. */
    private static void assertGone(Set<Path> leftBehind) {
        for (Path file : leftBehind) {
            assertFalse(Files.exists(file), "a crash's temporary file survived the next start: " + file);
        }
    }

    private Set<Path> temporaryFiles() throws IOException {
        Set<Path> temporary = new HashSet<>();
        if (!Files.isDirectory(out)) {
            return temporary;
        }
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(p -> p.getFileName().toString().contains(AtomicFiles.TEMP_MARK)).forEach(temporary::add);
        }
        return temporary;
    }

    private Map<String, JsonNode> narrations() throws IOException {
        Map<String, JsonNode> narrations = new LinkedHashMap<>();
        try (Stream<Path> dirs = listOrEmpty(out.resolve("articles"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path metadata = dir.resolve("metadata.json");
                if (Files.exists(metadata)) {
                    narrations.put(dir.getFileName().toString(), Json.MAPPER.readTree(metadata.toFile()));
                }
            }
        }
        return narrations;
    }

    private List<JsonNode> ledgerEntries() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        try (Stream<Path> files = listOrEmpty(out.resolve("state/narrated"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                entries.add(Json.MAPPER.readTree(file.toFile())); // written atomically: always whole
            }
        }
        return entries;
    }

    private int narratedCount() {
        try (Stream<Path> files = listOrEmpty(out.resolve("state/narrated"))) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("child.log"));
    }

    private static Stream<Path> listOrEmpty(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir) : Stream.empty();
        } catch (IOException vanished) {
            return Stream.empty(); // renamed or deleted while we looked
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
