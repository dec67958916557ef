package io.github.narrator.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.publish.FailureRecorder;

/**
 * Files a failed input under {@code failed/} with the reason and the route step it failed in (the id
 * of the Camel step it was in, else {@code source}: the source's own hand-over), so the batch can go on.
 */
final class FailureProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(FailureProcessor.class);

    private final FailureRecorder recorder;
    private final BatchTracker tracker;

    FailureProcessor(FailureRecorder recorder, BatchTracker tracker) {
        this.recorder = recorder;
        this.tracker = tracker;
    }

    void record(Exchange exchange) throws Exception {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String input = inputOf(exchange.getIn().getBody());
        String stage = exchange.getProperty(ExchangePropertyKey.STEP_ID, "source", String.class);
        boolean retryable = error instanceof FetchException fetch && fetch.retryable();
        FailureRecorder.Failure failure;
        try {
            failure = recorder.record(input, stage, reason(error), retryable);
        } finally {
            tracker.finished(input, Outcome.FAILED, 0); // counted even when the record cannot be written
        }
        LOG.warn("failed at {}: {} ({} attempt{})", stage, failure.reason(), failure.attempts(),
                failure.attempts() == 1 ? "" : "s");
    }

    /** The input a body stands for: what the source gave, before and after it became a typed item. */
    static String inputOf(Object body) {
        if (body instanceof IngestItem item) {
            return item.input();
        }
        if (body instanceof SourceDocument document) {
            return document.input();
        }
        if (body instanceof NarrationTask task) {
            return task.input();
        }
        return String.valueOf(body);
    }

    /** The message of the deepest cause that has one: what went wrong, not how it was wrapped. */
    static String reason(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        String reason = error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        Throwable cause = error.getCause();
        if (cause != null && cause != error && !(error instanceof FetchException)) {
            String deeper = reason(cause);
            if (!reason.contains(deeper)) {
                reason = reason + ": " + deeper;
            }
        }
        return reason;
    }
}
