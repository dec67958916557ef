package io.github.narrator.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.apache.camel.Exchange;

import io.github.narrator.dedupe.ArticleIdentity;
import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleLimits;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;

/**
 * The steps of the ingest route as Camel processors: each takes the {@link IngestItem} body, calls one
 * plain stage, and leaves the item with that stage's result filled in. An item that needs no narration
 * ends its route with its outcome counted.
 */
final class IngestProcessors {

    /** Set on an exchange once its input is counted as found: a redelivered fetch is the same input. */
    private static final String DISCOVERED = "NarratorDiscovered";

    private final Stages stages;
    private final BatchTracker tracker;
    private final StageTimeLimit timeLimit;
    private final Duration extractLimit;
    private final Duration scriptLimit;
    private final ArticleLimits articleLimits;
    private final boolean sharedQueue;

    /** @param sharedQueue whether the work queue is drained by other processes too (see {@link WorkQueue#shared}) */
    IngestProcessors(Stages stages, BatchTracker tracker, StageTimeLimit timeLimit, boolean sharedQueue) {
        this.stages = stages;
        this.sharedQueue = sharedQueue;
        this.tracker = tracker;
        this.timeLimit = timeLimit;
        this.extractLimit = stages.config().getDuration("narrator.stage.extract-timeout");
        this.scriptLimit = stages.config().getDuration("narrator.stage.script-timeout");
        this.articleLimits = new ArticleLimits(stages.config().getInt("narrator.extract.max-words"));
    }

    /** Fetches the page; stops when the server says it has not changed since the last narration. */
    void fetch(Exchange exchange) throws Exception {
        IngestItem item = item(exchange);
        if (exchange.getProperty(DISCOVERED, false, Boolean.class) == Boolean.FALSE) { // not again on a retry
            exchange.setProperty(DISCOVERED, true);
            tracker.discovered(item.input());
        }
        Optional<FetchedPage> page;
        try {
            page = stages.fetcher().fetch(item.input(), item.policy(), stages.ledger().validators(item.input()));
        } catch (FetchException e) {
            if (e.retryAfter() != null) {
                // Camel's redelivery honours this header over its own back-off.
                exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, e.retryAfter().toMillis());
            }
            throw e;
        }
        if (page.isEmpty()) {
            stages.ledger().canonicalUrlOf(item.input()).ifPresent(canonical -> tracker.identified(item.input(), canonical));
            finishUnchanged(exchange, item.input());
            return;
        }
        exchange.getIn().setBody(item.withPage(page.get()));
    }

    void extract(Exchange exchange) throws Exception {
        IngestItem item = item(exchange);
        Article extracted = timeLimit.onHelperThread("extract", extractLimit,
                () -> stages.extractor().extract(item.page().html(), item.page().finalUrl()));
        // before the script: an article too long to narrate costs no more work
        Article article = ArticleIdentity.keyed(articleLimits.check(extracted, item.page().truncated()),
                item.page().finalUrl(), item.policy());
        tracker.identified(item.input(), article.canonicalUrl());
        exchange.getIn().setBody(item.withArticle(article));
    }

    void script(Exchange exchange) throws Exception {
        IngestItem item = item(exchange);
        exchange.getIn().setBody(item.withScript(
                timeLimit.onHelperThread("script", scriptLimit, () -> stages.scriptWriter().write(item.article()))));
    }

    /** The hash of what will be heard: the script's words and the audio settings. */
    void hash(Exchange exchange) throws Exception {
        IngestItem item = item(exchange);
        exchange.getIn().setBody(item.withContentHash(ContentHash.of(item.script(), stages.config().audioFingerprint())));
    }

    /**
     * Stops the item unless its article is new or changed (and then claims it). A page with the same
     * words as an article on its site is filed under that article.
     */
    void dedupe(Exchange exchange) throws Exception {
        IngestItem item = item(exchange);
        Article article = item.article();
        NarrationLedger.Verdict verdict = stages.ledger().decideArticle(article.canonicalUrl(), item.contentHash());
        if (!verdict.canonicalUrl().equals(article.canonicalUrl())) {
            tracker.identified(item.input(), verdict.canonicalUrl());
            item = item.withArticle(article.withCanonicalUrl(verdict.canonicalUrl()));
        }
        exchange.getIn().setBody(item);
        NarrationLedger.Decision decision = verdict.decision();
        if (decision == NarrationLedger.Decision.UNCHANGED) {
            stages.ledger().rememberSource(item.input(), item.page().validators(), verdict.canonicalUrl());
        }
        if (decision == NarrationLedger.Decision.UNCHANGED || decision == NarrationLedger.Decision.IN_PROGRESS) {
            finishUnchanged(exchange, item.input());
        }
    }

    /** The item goes on the queue: when other processes' workers share it, this batch is done with it. */
    void queueing(Exchange exchange) throws Exception {
        if (sharedQueue) {
            tracker.handedOver(item(exchange).input());
        }
    }

    private void finishUnchanged(Exchange exchange, String input) throws IOException {
        stages.failures().clear(input);
        tracker.finished(input, Outcome.UNCHANGED, 0);
        exchange.setRouteStop(true);
    }

    private static IngestItem item(Exchange exchange) throws Exception {
        return exchange.getIn().getMandatoryBody(IngestItem.class);
    }
}
