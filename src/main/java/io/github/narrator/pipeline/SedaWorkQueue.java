package io.github.narrator.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.component.seda.SedaEndpoint;

/** An in-JVM queue with one consumer thread per worker; full means the sources wait. */
final class SedaWorkQueue implements WorkQueue {

    private final String uri;

    SedaWorkQueue(int workers, int size) {
        this.uri = "seda:narrator-work?size=" + size + "&blockWhenFull=true&concurrentConsumers=" + workers;
    }

    @Override
    public String producerUri() {
        return uri;
    }

    @Override
    public String consumerUri() {
        return uri;
    }

    @Override
    public int depth(CamelContext context) {
        return context.getEndpoint(uri, SedaEndpoint.class).getQueue().size();
    }
}
