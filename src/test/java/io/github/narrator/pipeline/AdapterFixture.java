package io.github.narrator.pipeline;

import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import io.github.narrator.config.NarratorConfig;

/**
 * What a unit test of one Camel adapter needs: the stages on a scratch output folder, and exchanges
 * as a source route would hand them over (a body, and the id of the route they started in).
 */
final class AdapterFixture implements AutoCloseable {

    final NarratorConfig config;
    final Stages stages;
    final BatchTracker tracker = new BatchTracker();
    private final CamelContext context = new DefaultCamelContext();

    AdapterFixture(Path work) {
        this.config = NarratorConfig.load(work.resolve("none.properties"))
                .with("narrator.out", work.resolve("out").toString())
                .with("narrator.fetch.allow-private-addresses", "true")
                .with("narrator.fetch.retries", "0");
        this.stages = Stages.from(config);
    }

    Exchange exchange(Object body, String routeId) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getExchangeExtension().setFromRouteId(routeId);
        exchange.getIn().setBody(body);
        return exchange;
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
