package io.github.narrator.pipeline;

import org.apache.camel.CamelContext;

/** An in-JVM queue with one consumer thread per worker; full means the sources wait. */
final class SedaWorkQueue implements WorkQueue {

    private final SedaQueue queue;

    SedaWorkQueue(int workers, int size) {
        this.queue = new SedaQueue("narrator-work", size, workers);
    }

    @Override
    public String producerUri() {
        return queue.uri();
    }

    @Override
    public String consumerUri() {
        return queue.uri();
    }

    @Override
    public int depth(CamelContext context) {
        return queue.depth(context);
    }
}
