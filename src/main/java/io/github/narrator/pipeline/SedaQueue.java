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

    /** The endpoint both sides use. */
    String uri() {
        return "seda:" + name + "?size=" + size + "&blockWhenFull=true&concurrentConsumers=" + consumers;
    }

    /** Items waiting for a consumer right now. */
    int depth(CamelContext context) {
        return context.getEndpoint(uri(), SedaEndpoint.class).getQueue().size();
    }
}
