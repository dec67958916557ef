package io.github.narrator.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.jspecify.annotations.Nullable;

/**
 * The queue between the ingest side (sources, fetch, extract, script, dedupe) and the narration
 * workers (synthesise, encode, publish). Configuration chooses it: an in-JVM SEDA queue (the
 * embedded default) or a queue on an ActiveMQ Artemis broker shared by workers on many machines.
 */
public interface WorkQueue extends AutoCloseable {

    /** Beans the endpoints need (JMS components, say), by name, for Camel's registry. */
    default java.util.Map<String, Object> beans() {
        return java.util.Map.of();
    }

    String producerUri();

    String consumerUri();

    /** Turns a task into the message body the queue carries. */
    default Object toMessage(NarrationTask task) {
        return task;
    }

    /** Turns a received message body back into a task. */
    default NarrationTask fromMessage(Object body) {
        return (NarrationTask) body;
    }

    /**
     * Whether a failed narration is final: an in-memory queue never delivers an item twice, a
     * broker does after a rollback until the item's last allowed delivery.
     */
    default boolean isFinalAttempt(Exchange exchange) {
        return true;
    }

    /** Where items go after their final failed attempt; null when nowhere but failed/. */
    default @Nullable String deadLetterUri() {
        return null;
    }

    /** Blocks the ingest side while the queue is full (back-pressure). */
    default void awaitRoom(CamelContext context) throws InterruptedException {
    }

    /** Whether workers of other processes take items too (a broker): this process may never see how they end. */
    default boolean shared() {
        return false;
    }

    /** Items waiting for a worker right now. */
    int depth(CamelContext context);

    @Override
    default void close() {
    }

    /** The embedded default: bounded, so sources wait while the workers are busy. */
    static WorkQueue seda(int workers, int size) {
        return new SedaWorkQueue(workers, size);
    }
}
