package io.github.narrator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.files.Json;
import io.github.narrator.publish.FailureRecorder;

/** A failure is filed under the input the body stands for, named by the Camel step it happened in. */
class FailureProcessorTest {

    @TempDir
    Path work;

    private AdapterFixture fixture;
    private FailureProcessor failures;

    @BeforeEach
    void setUp() {
        fixture = new AdapterFixture(work);
        failures = new FailureProcessor(fixture.stages.failures(), fixture.tracker);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void aFailedStepIsNamedByItsCamelStepId() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(failures::record);
                    from("direct:ingest")
                            .step("fetch").process(exchange -> { }).end()
                            .step("extract").process(exchange -> {
                                throw new IllegalStateException("no article text found");
                            }).end();
                }
            });
            context.start();
            context.createProducerTemplate().sendBody("direct:ingest", new IngestItem("https://news.example/a", "news",
                    SourcePolicy.publicWeb()));
        }
        FailureRecorder.Failure failure = recorded("https://news.example/a");
        assertEquals("extract", failure.stage());
        assertEquals("no article text found", failure.reason());
        assertFalse(failure.retryable());
        assertEquals(1, fixture.tracker.summary().failed());
    }

    @Test
    void aFailureBeforeAnyStepIsTheSources() throws Exception {
        Exchange exchange = fixture.exchange("https://news.example/rss.xml", "feed");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, FetchException.transientFailure("https://news.example/rss.xml", "HTTP 503"));
        failures.record(exchange);
        FailureRecorder.Failure failure = recorded("https://news.example/rss.xml");
        assertEquals("source", failure.stage());
        assertTrue(failure.retryable(), "a transient fetch failure may be tried again by a later run");
    }

    @Test
    void theInputIsWhatTheBodyStandsFor() throws Exception {
        SourceDocument document = SourceDocument.named("https://news.example/sitemap.xml", "");
        assertEquals("https://news.example/sitemap.xml", FailureProcessor.inputOf(document));
        assertEquals("https://news.example/a", FailureProcessor.inputOf(new IngestItem("https://news.example/a", "s",
                SourcePolicy.publicWeb())));
        assertEquals("samples/x.html", FailureProcessor.inputOf("samples/x.html"));
    }

    @Test
    void theReasonIsTheDeepestMessageNotTheWrapping() {
        Exception wrapped = new IllegalStateException("extract failed", new IOException("disk full"));
        assertEquals("extract failed: disk full", FailureProcessor.reason(wrapped));
        assertEquals("disk full", FailureProcessor.reason(new RuntimeException("disk full", new IOException("disk full"))));
        assertEquals("unknown error", FailureProcessor.reason(null));
        assertEquals("NullPointerException", FailureProcessor.reason(new NullPointerException()));
    }

    private FailureRecorder.Failure recorded(String input) throws IOException {
        return Json.read(fixture.stages.failures().fileFor(input), FailureRecorder.Failure.class);
    }
}
