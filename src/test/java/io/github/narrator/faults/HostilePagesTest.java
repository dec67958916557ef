package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.faults.HostilePages.Case;
import io.github.narrator.faults.HostilePages.Expect;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;
import io.github.narrator.files.Json;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.script.Script;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.script.Utterance;
import io.github.narrator.testing.Slow;

/**
 * Every hostile page of {@link HostilePages}, served from 127.0.0.1 and taken through fetch,
 * extract and script as the pipeline configures them (each stage under a time limit, as in the
 * pipeline): each ends as a narration script that says the article, or as a failure with a clear
 * reason; never a crash, a hang or an out-of-memory. A representative dozen then go through the
 * whole Camel pipeline, synthesis and publishing included.
 */
@Slow
class HostilePagesTest {

    private static final List<Case> CASES = HostilePages.all();
    private static final Duration STAGE_LIMIT = Duration.ofSeconds(60);
    /** Exceptions whose names in a reason mean a stage crashed instead of refusing the page. */
    private static final List<String> CRASHES = List.of("NullPointerException", "IndexOutOfBounds", "ClassCastException",
            "IllegalStateException", "ArithmeticException", "NumberFormatException", "UnsupportedOperationException");

    private static HttpServer server;
    private static final ExecutorService STAGE_THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-stage");
        thread.setDaemon(true);
        return thread;
    });
    private static NarratorConfig config;
    private static PageFetcher fetcher;
    private static ArticleExtractor extractor;
    private static ScriptWriter writer;
    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        for (int i = 0; i < CASES.size(); i++) {
            Case page = CASES.get(i);
            server.createContext("/case/" + i, exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", page.contentType());
                    if (page.contentEncoding() != null) {
                        exchange.getResponseHeaders().set("Content-Encoding", page.contentEncoding());
                    }
                    exchange.sendResponseHeaders(200, page.length() < 0 ? 0 : page.length() == 0 ? -1 : page.length());
                    try (OutputStream out = exchange.getResponseBody()) {
                        page.body().writeTo(out);
                    }
                } catch (IOException clientStoppedReading) {
                    // the fetcher stops at its size cap and closes the connection
                }
            });
        }
        server.start();
        config = NarratorConfig.load(Path.of("none.properties")).with("narrator.fetch.allow-private-addresses", "true");
        fetcher = new PageFetcher(config.fetchSettings());
        extractor = new ArticleExtractor(config.extractorSettings());
        writer = new ScriptWriter(config.scriptSettings());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        STAGE_THREADS.shutdownNow();
        Map<String, Long> tally = new TreeMap<>(OUTCOMES.values().stream().collect(Collectors.groupingBy(o -> o.split(":")[0],
                Collectors.counting())));
        System.out.println("hostile pages: " + OUTCOMES.size() + " cases, " + tally);
    }

    static List<Case> cases() {
        return CASES;
    }

    @Test
    void thereAreAtLeastAHundredCases() {
        assertTrue(CASES.size() >= 100, CASES.size() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 150, unit = TimeUnit.SECONDS) // a hang guard above the stage limits
    void isNarratedOrRecordedNeverACrash(Case page) throws Exception {
        String url = server.getAddress().toString().replace("/", "http://") + "/case/" + CASES.indexOf(page);
        Outcome outcome = throughTheStages(url);
        OUTCOMES.put(page.name(), outcome.narrated() ? "narrated" : "recorded: " + outcome.reason());

        if (outcome.narrated()) {
            assertNotEquals(Expect.RECORDED, page.expect(), page.name() + " should have been refused, but was narrated");
            assertSayable(page, outcome.script());
        } else {
            assertNotEquals(Expect.NARRATED, page.expect(), page.name() + " was refused: " + outcome.reason());
            assertClear(outcome.reason());
        }
    }

    /** The dozen pages that go through the whole pipeline: each ends as the stages alone said. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRepresentativeDozenEndTheSameThroughTheWholePipeline() throws Exception {
        List<String> names = List.of("paragraphs inside paragraphs", "50 MB page: the article, then 50 MB of comments",
                "gzip bomb: 256 MB of zeros", "random bytes, 65536 B", "UTF-16LE with a BOM",
                "windows-1251 in the header (Cyrillic names in English text)", "100000 nested <div> around the article",
                "one paragraph of 30 KB of sentences", "zero-width spaces between every letter", "C0 control characters between every letter",
                "only scripts", "a title full of markup", "canonical URL climbing out with dot-dots", "emoji between every letter");
        StringBuilder list = new StringBuilder();
        int narratedInputs = 0;
        // pages with the same words on one site are one article, narrated once (the ledger's content index)
        java.util.Set<String> narratedArticles = new java.util.HashSet<>();
        for (String name : names) {
            Case page = CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
            String url = server.getAddress().toString().replace("/", "http://") + "/case/" + CASES.indexOf(page);
            list.append(url).append('\n');
            Outcome alone = throughTheStages(url);
            if (alone.narrated()) {
                narratedInputs++;
                narratedArticles.add(alone.script().spokenText());
            }
        }
        try (FaultyServer lists = new FaultyServer()) {
            lists.on("/list.txt", FaultyServer.status(200, list.toString()));
            PipelineRun run = new PipelineRun(work).set("narrator.workers", "2");
            // the pages are on another server (another port) than the list: the source names it
            String pages = server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
            BatchTracker.Summary summary = run.once("url-list", lists.url("/list.txt"), pages);

            assertEquals(narratedArticles.size(), summary.narrated(), summary.toString());
            assertEquals(names.size() - narratedInputs, summary.failed(), summary.toString());
            for (JsonNode failure : run.failures().values()) {
                assertClear(failure.get("reason").asText());
            }
            for (Path narration : run.narrations()) {
                JsonNode metadata = Json.MAPPER.readTree(narration.resolve("metadata.json").toFile());
                assertTrue(metadata.get("durationSeconds").asDouble() > 5, narration + ": " + metadata.get("durationSeconds"));
                assertTrue(Files.size(narration.resolve("narration.mp3")) > 10_000, narration + " has audio");
            }
            // The feed is XML a podcast app can read, whatever the titles held.
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.out().resolve("feed.xml").toFile());
        }
    }

    // ---- the stages, as the pipeline runs them ----

    record Outcome(Script script, String reason) {
        boolean narrated() {
            return script != null;
        }
    }

    private static Outcome throughTheStages(String url) throws Exception {
        FetchedPage page;
        try {
            Optional<FetchedPage> fetched = fetcher.fetch(url, SourcePolicy.publicWeb(), Validators.NONE);
            page = fetched.orElseThrow();
        } catch (IOException refused) {
            return new Outcome(null, refused.getMessage());
        }
        try {
            Article article = limited(() -> extractor.extract(page.html(), page.finalUrl()));
            return new Outcome(limited(() -> writer.write(article)), null);
        } catch (TimeoutException e) {
            return new Outcome(null, "a stage took longer than its time limit");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                fail("out of memory on " + url, cause);
            }
            if (cause instanceof StackOverflowError) {
                return new Outcome(null, "ran out of stack: the page nests too deeply"); // as the pipeline reports it
            }
            return new Outcome(null, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
    }

    private static <T> T limited(java.util.concurrent.Callable<T> stage) throws Exception {
        Future<T> result = STAGE_THREADS.submit(stage);
        try {
            return result.get(STAGE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            result.cancel(true);
        }
    }

    // ---- what a good outcome looks like ----

    private static void assertSayable(Case page, Script script) {
        List<Utterance> utterances = script.utterances();
        assertFalse(utterances.isEmpty(), page.name());
        StringBuilder written = new StringBuilder();
        for (Utterance utterance : utterances) {
            assertTrue(utterance.spoken().chars().allMatch(c -> c >= 0x20 && c <= 0x7E),
                    page.name() + ": the voice gets printable ASCII only: " + shorten(utterance.spoken()));
            written.append(utterance.written()).append('\n');
        }
        String transcript = written.toString();
        assertTrue(transcript.codePoints().noneMatch(HostilePagesTest::isInvisibleOrControl),
                page.name() + ": the transcript holds no control or invisible characters: " + shorten(visible(transcript)));
        if (page.phrase() != null) {
            assertTrue(transcript.contains(page.phrase()), page.name() + ": the transcript says '" + page.phrase() + "': "
                    + shorten(transcript));
        }
    }

    private static void assertClear(String reason) {
        assertTrue(reason != null && !reason.isBlank(), "a failure has a reason");
        for (String crash : CRASHES) {
            assertFalse(reason.contains(crash), "a refusal, not a crash: " + reason);
        }
    }

    static boolean isInvisibleOrControl(int c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0x2028 || c == 0x2029
                || (c >= 0xE0000 && c <= 0xE007F) || Character.getType(c) == Character.SURROGATE;
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(isInvisibleOrControl(c) ? String.format("\\u%04X", c) : Character.toString(c)));
        return shown.toString();
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
