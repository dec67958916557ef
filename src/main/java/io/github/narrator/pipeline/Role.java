package io.github.narrator.pipeline;

import java.util.Locale;

/** Which side of the work queue a process runs: with a broker, ingest and workers may be apart. */
public enum Role {
    /** Sources, fetch, extract, script, dedupe: puts work on the queue. */
    INGEST,
    /** Synthesise, encode, publish: takes work from the queue. */
    WORKER,
    /** Both, in one process (the only choice with the in-JVM queue). */
    BOTH;

    public boolean ingests() {
        return this != WORKER;
    }

    public boolean narrates() {
        return this != INGEST;
    }

    public static Role parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role must be ingest, worker or both, not '" + value + "'");
        }
    }
}
