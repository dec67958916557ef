package io.github.narrator.pipeline;

import java.time.Duration;
import java.util.Optional;

import org.apache.camel.Exchange;

import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.extract.Article;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;
import io.github.narrator.script.Script;

/**
 * The ingest side of the pipeline as Camel processors: each takes the body the last one left,
 * calls one plain stage, and leaves its result. An input that needs no narration ends here with
 * its outcome counted; one that does leaves as a {@link NarrationTask}.
 */
final class IngestProcessors {

    /** Property: the page as fetched. */
    private static final String PAGE = "NarratorPage";

    private final Stages stages;
    private final BatchTracker tracker;
    private final StageTimeLimit timeLimit;
    private final Duration extractLimit;
    private final Duration scriptLimit;

    IngestProcessors(Stages stages, BatchTracker tracker, StageTimeLimit timeLimit) {
        this.stages = stages;
        this.tracker = tracker;
        this.timeLimit = timeLimit;
        this.extractLimit = stages.config().getDuration("narrator.stage.extract-timeout");
        this.scriptLimit = stages.config().getDuration("narrator.stage.script-timeout");
    }

    void fetch(Exchange exchange) throws Exception {
        String input = input(exchange);
        tracker.discovered(input);
        Validators previous = stages.ledger().validators(input);
        Optional<FetchedPage> page;
        try {
            page = stages.fetcher().fetch(input, exchange.getIn().getHeader(Headers.POLICY, SourcePolicy.class), previous);
        } catch (FetchException e) {
            if (e.retryAfter() != null) {
                // Camel's redelivery honours this header over its own back-off.
                exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, e.retryAfter().toMillis());
            }
            throw e;
        }
        if (page.isEmpty()) {
            stages.ledger().canonicalUrlOf(input).ifPresent(canonical -> tracker.identified(input, canonical));
            finishUnchanged(exchange, input);
            return;
        }
        exchange.setProperty(PAGE, page.get());
        exchange.getIn().setBody(page.get());
    }

    void extract(Exchange exchange) throws Exception {
        FetchedPage page = exchange.getIn().getMandatoryBody(FetchedPage.class);
        Article article = timeLimit.onHelperThread("extract", extractLimit,
                () -> stages.extractor().extract(page.html(), page.finalUrl()));
        tracker.identified(input(exchange), article.canonicalUrl());
        exchange.getIn().setBody(article);
    }

    void script(Exchange exchange) throws Exception {
        Article article = exchange.getIn().getMandatoryBody(Article.class);
        Script script = timeLimit.onHelperThread("script", scriptLimit, () -> stages.scriptWriter().write(article));
        FetchedPage page = exchange.getProperty(PAGE, FetchedPage.class);
        String hash = ContentHash.of(script, stages.config().audioFingerprint());
        exchange.getIn().setBody(new NarrationTask(input(exchange), source(exchange), page.finalUrl(), article, script, hash, page.validators()));
    }

    /** Stops the exchange unless the article is new or changed (and then claims it). */
    void dedupe(Exchange exchange) throws Exception {
        NarrationTask task = exchange.getIn().getMandatoryBody(NarrationTask.class);
        NarrationLedger.Decision decision = stages.ledger().decide(task.article().canonicalUrl(), task.contentHash());
        if (decision == NarrationLedger.Decision.UNCHANGED || decision == NarrationLedger.Decision.IN_PROGRESS) {
            if (decision == NarrationLedger.Decision.UNCHANGED) {
                stages.ledger().rememberSource(task.input(), task.validators(), task.article().canonicalUrl());
            }
            finishUnchanged(exchange, task.input());
        }
    }

    private void finishUnchanged(Exchange exchange, String input) throws java.io.IOException {
        stages.failures().clear(input);
        tracker.finished(input, Outcome.UNCHANGED, 0);
        exchange.setRouteStop(true);
    }

    /** The source route's id: its {@code NarratorSource} header, else the id of the route the exchange started in. */
    static String source(Exchange exchange) {
        String source = exchange.getIn().getHeader(Headers.SOURCE, String.class);
        return source != null && !source.isBlank() ? source : exchange.getFromRouteId();
    }

    static String input(Exchange exchange) {
        return exchange.getIn().getHeader(Headers.INPUT, String.class);
    }
}
