package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;

/** Each ingest step fills its part of the item in, or stops it with its outcome counted. */
class IngestProcessorsTest {

    private static final String ETAG = "\"v1\"";

    @TempDir
    Path work;

    private AdapterFixture fixture;
    private IngestProcessors ingest;
    private StageTimeLimit timeLimit;
    private LocalHttpServer site;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new AdapterFixture(work);
        timeLimit = new StageTimeLimit();
        ingest = new IngestProcessors(fixture.stages, fixture.tracker, timeLimit, false);
        site = new LocalHttpServer();
        String story = site.url("/news/harbour");
        byte[] page = ArticlePages.article(story, "Harbour plan approved", "The vote was close.").getBytes(StandardCharsets.UTF_8);
        site.route("/news/harbour", exchange -> {
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", ETAG);
            LocalHttpServer.respond(exchange, 200, "text/html; charset=utf-8", page);
        });
        site.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7");
            LocalHttpServer.respond(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        site.close();
        timeLimit.close();
        fixture.close();
    }

    @Test
    void eachStepFillsInItsPartOfTheItem() throws Exception {
        Exchange exchange = fixture.exchange(item(site.url("/news/harbour")), "news");

        ingest.fetch(exchange);
        IngestItem fetched = body(exchange);
        assertEquals(site.url("/news/harbour"), fetched.page().finalUrl());
        assertEquals(ETAG, fetched.page().validators().etag());

        ingest.extract(exchange);
        assertEquals("Harbour plan approved", body(exchange).article().title());

        ingest.script(exchange);
        assertTrue(body(exchange).script().spokenText().contains("The vote was close."));

        ingest.hash(exchange);
        IngestItem hashed = body(exchange);
        assertEquals(ContentHash.of(hashed.script(), fixture.config.audioFingerprint()), hashed.contentHash());

        ingest.dedupe(exchange);
        assertFalse(exchange.isRouteStop(), "a new article goes on to the queue");
        NarrationTask task = body(exchange).task();
        assertEquals("news", task.source());
        assertEquals(site.url("/news/harbour"), task.input());
        assertEquals(hashed.contentHash(), task.contentHash());
    }

    @Test
    void anArticleNarratedBeforeStopsAtDedupeAndCountsAsUnchanged() throws Exception {
        IngestItem ready = throughHash(site.url("/news/harbour"));
        fixture.stages.ledger().record(new NarrationLedger.Entry(ready.article().canonicalUrl(), ready.contentHash(),
                "harbour", Instant.now()));

        Exchange exchange = fixture.exchange(ready, "news");
        ingest.dedupe(exchange);

        assertTrue(exchange.isRouteStop());
        assertEquals(1, fixture.tracker.summary().unchanged());
        assertEquals(ETAG, fixture.stages.ledger().validators(ready.input()).etag(), "its validators are remembered");
    }

    @Test
    void aPageTheServerSaysIsUnchangedStopsAtFetch() throws Exception {
        IngestItem ready = throughHash(site.url("/news/harbour"));
        fixture.stages.ledger().rememberSource(ready.input(), ready.page().validators(), ready.article().canonicalUrl());

        Exchange exchange = fixture.exchange(item(site.url("/news/harbour")), "news");
        ingest.fetch(exchange);

        assertTrue(exchange.isRouteStop());
        assertEquals(null, body(exchange).page());
        assertEquals(1, fixture.tracker.summary().unchanged());
    }

    @Test
    void aServersRetryAfterBecomesCamelsRedeliveryDelay() {
        Exchange exchange = fixture.exchange(item(site.url("/busy")), "news");
        FetchException e = assertThrows(FetchException.class, () -> ingest.fetch(exchange));
        assertTrue(e.retryable(), e.getMessage());
        assertEquals(7_000L, exchange.getIn().getHeader(Exchange.REDELIVERY_DELAY, Long.class));
    }

    @Test
    void aPageThatIsNoArticleFailsAtExtract() throws Exception {
        site.page("/news/empty", "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Exchange exchange = fixture.exchange(item(site.url("/news/empty")), "news");
        ingest.fetch(exchange);
        Exception e = assertThrows(Exception.class, () -> ingest.extract(exchange));
        assertNotNull(e.getMessage());
        assertNotNull(body(exchange).page(), "the item keeps what the steps before found");
    }

    private IngestItem throughHash(String url) throws Exception {
        Exchange exchange = fixture.exchange(item(url), "news");
        ingest.fetch(exchange);
        ingest.extract(exchange);
        ingest.script(exchange);
        ingest.hash(exchange);
        return body(exchange);
    }

    private static IngestItem item(String url) {
        return new IngestItem(url, "news", SourcePolicy.publicWeb());
    }

    private static IngestItem body(Exchange exchange) {
        return exchange.getIn().getBody(IngestItem.class);
    }
}
