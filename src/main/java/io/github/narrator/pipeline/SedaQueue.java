package io.github.narrator.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.component.seda.SedaEndpoint;

/**
 * A bounded in-JVM queue with a number of consumer threads; a producer waits while it is full.
 *
 * @param name      the queue's name
 * @param size      items it holds at most
 * @param consumers threads taking items from it
 */
record SedaQueue(String name, int size, int consumers) {

    /**
     * How long a consumer waits for an item before it looks again. Camel's default, a second, is also
     * how long each consumer sleeps when it starts while the Camel context is still starting, and how
     * long it takes to notice a stop: half a second or more of {@code convert}'s start-up and end.
     */
    static final int POLL_TIMEOUT_MILLIS = 50;

    /** The endpoint both sides use. */
    String uri() {
        return "seda:" + name + "?size=" + size + "&blockWhenFull=true&concurrentConsumers=" + consumers
                + "&pollTimeout=" + POLL_TIMEOUT_MILLIS;
    }

    /** Items waiting for a consumer right now. */
    int depth(CamelContext context) {
        return context.getEndpoint(uri(), SedaEndpoint.class).getQueue().size();
    }
}
