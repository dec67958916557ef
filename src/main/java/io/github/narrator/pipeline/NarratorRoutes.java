package io.github.narrator.pipeline;

import java.time.Duration;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

import io.github.narrator.fetch.FetchException;

/**
 * The core pipeline. Source routes (YAML in {@code routes/}, instances of the {@link SourceTemplates})
 * hand their finds to one of five entry points (built only when source routes are loaded; {@code convert}
 * hands its inputs to a sixth, {@link #COMMAND_LINE}):
 * <ul>
 *   <li>{@code direct:narrator-file}: a dropped article file</li>
 *   <li>{@code direct:narrator-url}: an article URL (or path)</li>
 *   <li>{@code direct:narrator-feed}: the URL or path of an RSS/Atom feed</li>
 *   <li>{@code direct:narrator-sitemap}: the URL or path of an XML sitemap or sitemap index (may be .gz)</li>
 *   <li>{@code direct:narrator-url-list}: the URL or path of a list of article URLs, one a line</li>
 * </ul>
 * A feed, sitemap or list is read into one {@link IngestItem} per article; each item goes fetch →
 * extract → script → hash → dedupe → work queue, and a worker narrates it. A failure at any step is
 * filed under {@code failed/}, named by the step's id, while the batch goes on.
 *
 * <p>Items wait for the ingest steps in a small bounded queue ({@link #INGEST_QUEUE}) that
 * {@code narrator.fetch.concurrency} threads take from, so a slow site keeps that many pages in flight
 * instead of one; a full queue holds the source back, as a full work queue holds the ingest threads.
 * A fetch that is retried waits for its next attempt on a timer, not on a thread.
 */
final class NarratorRoutes extends RouteBuilder {

    static final String FILE = "direct:narrator-file";
    static final String URL = "direct:narrator-url";
    static final String FEED = "direct:narrator-feed";
    static final String SITEMAP = "direct:narrator-sitemap";
    static final String URL_LIST = "direct:narrator-url-list";
    /** Where {@code convert} hands its inputs; they are recorded as coming from {@link #COMMAND_LINE_SOURCE}. */
    static final String COMMAND_LINE = "direct:narrator-command-line";
    static final String COMMAND_LINE_SOURCE = "command line";
    /** The queue in front of the ingest steps. */
    static final String INGEST_QUEUE = "narrator-ingest";

    private final Stages stages;
    private final WorkQueue queue;
    private final SedaQueue ingestQueue;
    private final Role role;
    private final boolean withSourceRoutes;
    private final SourceInputs sources;
    private final IngestProcessors ingest;
    private final NarrationProcessor narration;
    private final FailureProcessor failures;
    private final StageTimeLimit timeLimit = new StageTimeLimit();

    /** @param withSourceRoutes whether source routes will hand finds to the entry points (false: only {@link #COMMAND_LINE}) */
    NarratorRoutes(Stages stages, WorkQueue queue, Role role, boolean withSourceRoutes, BatchTracker tracker,
                   Runnable onPublished) {
        this.stages = stages;
        this.withSourceRoutes = withSourceRoutes;
        this.queue = queue;
        int concurrency = stages.config().getInt("narrator.fetch.concurrency");
        // as many places as threads: enough to keep them busy, few enough that a source waits rather than piling up
        this.ingestQueue = new SedaQueue(INGEST_QUEUE, concurrency, concurrency);
        this.role = role;
        this.sources = new SourceInputs(stages);
        this.ingest = new IngestProcessors(stages, tracker, timeLimit, queue.shared());
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
                .asyncDelayedRedelivery() // the thread goes on with other pages while this one waits
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
        // convert's inputs: the route's id is their source
        from(COMMAND_LINE).routeId(COMMAND_LINE_SOURCE)
                .process(sources::namedUrl)
                .to(ingestQueue.uri());
        if (withSourceRoutes) {
            configureSourceEntries();
        }

        // The body is one IngestItem throughout; each step fills in its part (failure records name the step).
        from(ingestQueue.uri()).routeId("narrator-ingest")
                .step("fetch").process(ingest::fetch).end()
                .step("extract").process(ingest::extract).end()
                .step("script").process(ingest::script).end()
                .step("hash").process(ingest::hash).end()
                .step("dedupe").process(ingest::dedupe).end()
                .step("queue")
                    .process(exchange -> queue.awaitRoom(exchange.getContext()))
                    .process(ingest::queueing)
                    .process(exchange -> exchange.getIn().setBody(
                            queue.toMessage(exchange.getIn().getMandatoryBody(IngestItem.class).task())))
                    .to(queue.producerUri())
                .end();
    }

    /** The entry points the source routes hand their finds to (not built for {@code convert}: fewer routes, a faster start). */
    private void configureSourceEntries() {
        from(FILE).routeId("narrator-file")
                .process(sources::droppedFile)
                .to(ingestQueue.uri());

        from(URL).routeId("narrator-url")
                .process(sources::namedUrl)
                .to(ingestQueue.uri());

        readLinks(FEED, "feed", sources::feedLinks);
        readLinks(URL_LIST, "url-list", sources::listedUrls);

        from(SITEMAP).routeId("narrator-sitemap")
                .process(sources::document)
                .step("sitemap").process(sources::sitemapEntries).end()
                .split(body())
                    .choice()
                        .when(body().isInstanceOf(SourceDocument.class))
                            .to(SITEMAP)
                        .otherwise()
                            .to(ingestQueue.uri())
                    .end()
                .end();
    }

    /** A route that reads a feed or list (step {@code step}) into one item per link, each handed to the ingest queue. */
    private void readLinks(String entryPoint, String step, Processor read) {
        from(entryPoint).routeId("narrator-" + step)
                .process(sources::document)
                .step(step).process(read).end()
                .split(body())
                    .to(ingestQueue.uri())
                .end();
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
                .step("narrate").process(narration::narrate).end();
    }

    /**
     * Whether to try a failed fetch again within this run: not when the server asks for a longer
     * pause than the run should sit idle for (it is then left, as retryable, to a later run).
     */
    private static boolean retryNow(FetchException failure, Duration maxRetryAfter) {
        return failure.retryable() && (failure.retryAfter() == null || failure.retryAfter().compareTo(maxRetryAfter) <= 0);
    }

    /** Items waiting for an ingest thread right now (0 when this process does not ingest). */
    int ingestDepth(org.apache.camel.CamelContext context) {
        return role.ingests() ? ingestQueue.depth(context) : 0;
    }

    /** Starts loading {@code count} workers' voices now, when this process narrates. */
    void preloadVoices(int count) {
        if (role.narrates()) {
            narration.preloadVoices(count);
        }
    }

    /**
     * Waits until the first worker's voice is loaded and has said the disclosure label as written, when
     * this process narrates: a label it would not is refused before anything is narrated.
     */
    void awaitCheckedVoice() {
        if (role.narrates()) {
            narration.awaitCheckedVoice();
        }
    }

    /** Releases the worker voices; call once the Camel context has stopped. */
    void close() {
        narration.close();
        timeLimit.close();
    }
}
