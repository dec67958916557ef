package io.github.narrator.api;

import io.github.narrator.fetch.SourcePolicy;

/** Where the submit API hands an accepted URL: the pipeline's way in, as a source's finds go in. */
@FunctionalInterface
public interface SubmissionSink {

    /**
     * Queues one article URL for ingest; returns at once.
     *
     * @param input  the URL as normalised ({@link java.net.URI#toString}): progress is reported under it
     * @param policy what it (and any redirect) may be fetched under
     * @throws RuntimeException when the pipeline cannot take it (stopped, its queue full)
     */
    void submit(String input, SourcePolicy policy);
}
