package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.audio.NarrationRecorder;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.broker.EmbeddedBroker;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.extract.Article;
import io.github.narrator.files.Json;
import io.github.narrator.script.Script;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.Slow;

/**
 * Scale-out on a real (embedded) Artemis broker: one ingest process, two workers as separate
 * Camel contexts, sharing one output folder.
 */
@Slow
class ArtemisScaleOutTest {

    private static final int ARTICLES = 40;
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path work;

    private EmbeddedBroker broker;
    private LocalHttpServer site;

    @BeforeEach
    void startBrokerAndSite() throws Exception {
        broker = new EmbeddedBroker(work.resolve("broker"), "127.0.0.1", freePort(), 3);
        site = new LocalHttpServer();
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= ARTICLES; i++) {
            String path = "/news/story-" + i;
            String title = (i == 7 ? "Poison " : "Harbour plan update ") + i;
            site.page(path, "text/html; charset=utf-8",
                    ArticlePages.article(site.url(path), title, "This is report number " + i + " of the series."));
            list.append(site.url(path)).append('\n');
        }
        site.page("/list.txt", "text/plain", list.toString());
        // A source in the long form from before the route templates: it still works.
        Files.writeString(Files.createDirectories(work.resolve("routes")).resolve("list.yaml"), """
                - route:
                    from:
                      uri: timer:list
                      parameters:
                        repeatCount: 1
                        delay: 0
                      steps:
                        - setBody:
                            expression:
                              constant:
                                expression: %s
                        - to:
                            uri: direct:narrator-url-list
                """.formatted(site.url("/list.txt")));
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
        broker.close();
    }

    private NarratorConfig config(String role) {
        return NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", work.resolve("out").toString())
                .with("narrator.queue", "artemis")
                .with("narrator.artemis.url", broker.url())
                .with("narrator.role", role)
                .with("narrator.workers", "1")
                .with("narrator.fetch.allow-private-addresses", "true");
    }

    private NarratorRunner worker(Stages stages) throws IOException {
        NarratorConfig config = config("worker");
        return new NarratorRunner(config, stages == null ? Stages.from(config) : stages, null, QUIET, false);
    }

    private BatchTracker.Summary ingestAll() throws Exception {
        try (NarratorRunner ingest = new NarratorRunner(config("ingest"), work.resolve("routes"), QUIET, false)) {
            return ingest.runOnce();
        }
    }

    @Test
    void twoWorkersShareTheBatchAndPublishEveryArticleExactlyOnce() throws Exception {
        try (NarratorRunner a = worker(null); NarratorRunner b = worker(null)) {
            a.start();
            b.start();
            ingestAll();
            CompletableFuture<BatchTracker.Summary> doneA = CompletableFuture.supplyAsync(() -> finish(a));
            BatchTracker.Summary summaryB = b.finish();
            BatchTracker.Summary summaryA = doneA.join();

            assertEquals(ARTICLES, summaryA.narrated() + summaryB.narrated(), summaryA + " / " + summaryB);
            assertTrue(summaryA.narrated() > 0 && summaryB.narrated() > 0, "both workers took part: " + summaryA + " / " + summaryB);
        }
        assertEveryArticlePublishedOnce(ARTICLES);
    }

    @Test
    void aWorkerStoppedAbruptlyLeavesItsItemsToTheOther() throws Exception {
        NarratorRunner a = worker(null);
        try (NarratorRunner b = worker(null)) {
            a.start();
            ingestAll();
            while (a.tracker().summary().narrated() < 3) {
                Thread.sleep(20);
            }
            b.start();
            a.abort();
            b.finish();
        }
        new io.github.narrator.publish.Publisher(work.resolve("out")).recover(); // what a restarted worker does first
        assertEveryArticlePublishedOnce(ARTICLES);
        try (Stream<Path> staged = Files.walk(work.resolve("out"))) {
            assertTrue(staged.noneMatch(p -> p.toString().contains(".tmp-")), "no partial file left");
        }
    }

    @Test
    void aPoisonArticleEndsInTheDeadLetterQueueAndFailedWhileTheRestComplete() throws Exception {
        NarratorConfig config = config("worker");
        Stages real = Stages.from(config);
        Stages poisoned = real.withRecorder(new PoisonSensitiveRecorder(config.mp3BitrateKbps()));
        try (NarratorRunner a = worker(poisoned)) {
            a.start();
            ingestAll();
            BatchTracker.Summary summary = a.finish();
            assertEquals(ARTICLES - 1, summary.narrated(), summary.toString());
        }
        assertEveryArticlePublishedOnce(ARTICLES - 1);
        List<Path> failures = list(work.resolve("out/failed"));
        assertEquals(1, failures.size());
        JsonNode failure = Json.MAPPER.readTree(failures.get(0).toFile());
        assertEquals(site.url("/news/story-7"), failure.get("input").asText());
        assertEquals(3, failure.get("attempts").asInt(), "one record per delivery, three deliveries");
        assertEquals("narrate", failure.get("stage").asText());
        assertEquals(1, messagesIn("narrator.work.dlq"));
        assertEquals(0, messagesIn("narrator.work"));
    }

    /** Fails every time on the article titled "Poison ...": a work item no worker can finish. */
    private static final class PoisonSensitiveRecorder extends NarrationRecorder {
        PoisonSensitiveRecorder(int bitrateKbps) {
            super(bitrateKbps, false, null);
        }

        @Override
        public Recording record(Synthesizer voice, Article article, Script script, Provenance provenance,
                                String contentHash, Path dir, boolean encoderThread) throws IOException {
            if (article.title().startsWith("Poison")) {
                throw new IOException("synthesis failed for " + article.title());
            }
            return super.record(voice, article, script, provenance, contentHash, dir, encoderThread);
        }
    }

    private void assertEveryArticlePublishedOnce(int expected) throws Exception {
        List<Path> folders = list(work.resolve("out/articles"));
        assertEquals(expected, folders.size());
        for (Path folder : folders) {
            JsonNode metadata = Json.MAPPER.readTree(folder.resolve("metadata.json").toFile());
            for (var file : (Iterable<java.util.Map.Entry<String, JsonNode>>) metadata.get("files")::fields) {
                assertEquals(file.getValue().get("bytes").asLong(), Files.size(folder.resolve(file.getKey())),
                        folder + "/" + file.getKey() + " is whole");
            }
        }
        assertEquals(expected, new NarrationLedger(work.resolve("out/state")).entries().size());
    }

    private long messagesIn(String queue) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(broker.url());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession()) {
            ClientSession.QueueQuery query = session.queueQuery(SimpleString.of(queue));
            return query.isExists() ? query.getMessageCount() : 0;
        }
    }

    private static BatchTracker.Summary finish(NarratorRunner runner) {
        try {
            return runner.finish();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
