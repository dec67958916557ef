package io.github.narrator.pipeline;

import java.time.Duration;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

import io.github.narrator.fetch.FetchException;

/**
 * The core pipeline. Source routes (YAML, in {@code routes/}) hand their finds to one of five
 * entry points:
 * <ul>
 *   <li>{@code direct:narrator-file}: a dropped article file</li>
 *   <li>{@code direct:narrator-url}: an article URL (or path)</li>
 *   <li>{@code direct:narrator-feed}: the URL or path of an RSS/Atom feed</li>
 *   <li>{@code direct:narrator-sitemap}: the URL or path of an XML sitemap or sitemap index (may be .gz)</li>
 *   <li>{@code direct:narrator-url-list}: the URL or path of a list of article URLs, one a line</li>
 * </ul>
 * From there every article goes fetch → extract → script → dedupe → work queue → narrate, and a
 * failure at any step is filed under {@code failed/} while the batch goes on.
 */
public class NarratorRoutes extends RouteBuilder {

    public static final String FILE = "direct:narrator-file";
    public static final String URL = "direct:narrator-url";
    public static final String FEED = "direct:narrator-feed";
    public static final String SITEMAP = "direct:narrator-sitemap";
    public static final String URL_LIST = "direct:narrator-url-list";
    private static final String ARTICLE = "direct:narrator-article";

    private final Stages stages;
    private final WorkQueue queue;
    private final Role role;
    private final SourceInputs sources;
    private final IngestProcessors ingest;
    private final NarrationProcessor narration;
    private final FailureProcessor failures;
    private final StageTimeLimit timeLimit = new StageTimeLimit();

    public NarratorRoutes(Stages stages, WorkQueue queue, Role role, BatchTracker tracker, Runnable onPublished) {
        this.stages = stages;
        this.queue = queue;
        this.role = role;
        this.sources = new SourceInputs(stages);
        this.ingest = new IngestProcessors(stages, tracker, timeLimit);
        this.narration = new NarrationProcessor(stages, tracker, onPublished, timeLimit);
        this.failures = new FailureProcessor(stages.failures(), tracker);
    }

    @Override
    public void configure() {
        Duration maxRetryAfter = stages.config().getDuration("narrator.fetch.max-retry-after");
        onException(FetchException.class)
                .onWhen(exchange -> retryNow(exchange.getException(FetchException.class), maxRetryAfter))
                .maximumRedeliveries(stages.config().getInt("narrator.fetch.retries"))
                .redeliveryDelay(stages.config().getDuration("narrator.fetch.retry-delay").toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.INFO)
                .handled(true)
                .process(failures::record);
        onException(Exception.class)
                .handled(true)
                .process(failures::record);

        if (role.ingests()) {
            configureIngest();
        }
        if (role.narrates()) {
            configureWorker();
        }
    }

    private void configureIngest() {
        from(FILE).routeId("narrator-file")
                .process(sources::droppedFile)
                .to(ARTICLE);

        from(URL).routeId("narrator-url")
                .process(sources::namedUrl)
                .to(ARTICLE);

        from(FEED).routeId("narrator-feed")
                .process(stage("feed", exchange -> exchange.getIn().setBody(sources.feedLinks(exchange))))
                .split(body())
                    .to(URL)
                .end();

        from(SITEMAP).routeId("narrator-sitemap")
                .process(stage("sitemap", exchange -> exchange.getIn().setBody(sources.sitemapEntries(exchange))))
                .split(body())
                    .choice()
                        .when(exchange -> exchange.getIn().getBody(SourceInputs.SitemapEntry.class).sitemap())
                            .setHeader(Headers.CHILD_SITEMAP, constant(true))
                            .setBody(exchange -> exchange.getIn().getBody(SourceInputs.SitemapEntry.class).url())
                            .to(SITEMAP)
                        .otherwise()
                            .setBody(exchange -> exchange.getIn().getBody(SourceInputs.SitemapEntry.class).url())
                            .to(URL)
                    .end()
                .end();

        from(URL_LIST).routeId("narrator-url-list")
                .process(stage("url-list", exchange -> exchange.getIn().setBody(sources.listedUrls(exchange))))
                .split(body())
                    .to(URL)
                .end();

        from(ARTICLE).routeId("narrator-ingest")
                .process(stage("fetch", ingest::fetch))
                .process(stage("extract", ingest::extract))
                .process(stage("script", ingest::script))
                .process(stage("dedupe", ingest::dedupe))
                .process(exchange -> queue.awaitRoom(exchange.getContext()))
                .process(exchange -> exchange.getIn().setBody(
                        queue.toMessage(exchange.getIn().getMandatoryBody(NarrationTask.class))))
                .to(queue.producerUri());
    }

    /**
     * A failed narration is filed under failed/ at every attempt. On its final attempt the item is
     * given up (its claim ends; with a broker it moves to the dead-letter queue); before that the
     * exception rolls the broker's transaction back, so the item is delivered again.
     */
    private void configureWorker() {
        var worker = from(queue.consumerUri()).routeId("narrator-worker");
        var giveUp = worker.onException(Exception.class)
                .onWhen(queue::isFinalAttempt)
                .handled(true)
                .process(failures::record)
                .process(narration::giveUp);
        if (queue.deadLetterUri() != null) {
            giveUp.to(queue.deadLetterUri());
        }
        giveUp.end();
        worker.onException(Exception.class)
                .handled(false)
                .logExhausted(false) // the failure processor logs it; the rollback is expected
                .process(failures::record)
                .end();
        worker.process(exchange -> exchange.getIn().setBody(queue.fromMessage(exchange.getIn().getBody())))
                .process(stage("narrate", narration::narrate));
    }

    /**
     * Whether to try a failed fetch again within this run: not when the server asks for a longer
     * pause than the run should sit idle for (it is then left, as retryable, to a later run).
     */
    private static boolean retryNow(FetchException failure, Duration maxRetryAfter) {
        return failure.retryable() && (failure.retryAfter() == null || failure.retryAfter().compareTo(maxRetryAfter) <= 0);
    }

    /** Names the stage in a header first, so a failure record can say where it happened. */
    private static Processor stage(String name, Processor processor) {
        return exchange -> {
            exchange.getIn().setHeader(Headers.STAGE, name);
            processor.process(exchange);
        };
    }

    /** Starts loading the first worker's voice now, when this process narrates. */
    public void preloadVoice() {
        if (role.narrates()) {
            narration.preloadVoice();
        }
    }

    /** Releases the worker voices; call once the Camel context has stopped. */
    public void close() {
        narration.close();
        timeLimit.close();
    }
}
