package io.github.narrator.pipeline;

/**
 * The queue between the ingest side and the narration workers. The embedded default is an in-JVM
 * SEDA queue: bounded, so sources wait while workers are busy, with one consumer per worker.
 */
public interface WorkQueue {

    String producerUri();

    String consumerUri();

    /** Articles waiting for a worker right now. */
    int depth(org.apache.camel.CamelContext context);

    static WorkQueue seda(int workers, int size) {
        String uri = "seda:narrator-work?size=" + size + "&blockWhenFull=true&concurrentConsumers=" + workers;
        return new WorkQueue() {
            @Override
            public String producerUri() {
                return uri;
            }

            @Override
            public String consumerUri() {
                return uri;
            }

            @Override
            public int depth(org.apache.camel.CamelContext context) {
                return context.getEndpoint(uri, org.apache.camel.component.seda.SedaEndpoint.class).getQueue().size();
            }
        };
    }
}
