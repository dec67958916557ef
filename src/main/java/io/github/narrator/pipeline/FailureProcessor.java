package io.github.narrator.pipeline;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.publish.FailureRecorder;

/** Files a failed input under {@code failed/} with its stage and reason, so the batch can go on. */
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
        String input = IngestProcessors.input(exchange);
        if (input == null) {
            input = String.valueOf(exchange.getIn().getBody());
        }
        String stage = exchange.getIn().getHeader(Headers.STAGE, "source", String.class);
        boolean retryable = error instanceof FetchException fetch && fetch.retryable();
        FailureRecorder.Failure failure = recorder.record(input, stage, reason(error), retryable);
        tracker.finished(input, Outcome.FAILED, 0);
        LOG.warn("failed at {}: {} ({} attempt{})", stage, failure.reason(), failure.attempts(),
                failure.attempts() == 1 ? "" : "s");
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
