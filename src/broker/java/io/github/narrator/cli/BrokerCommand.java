package io.github.narrator.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.github.narrator.broker.EmbeddedBroker;
import io.github.narrator.config.NarratorConfig;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code narrator broker}: an ActiveMQ Artemis broker for trying scale-out without installing one. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run an embedded ActiveMQ Artemis broker (persistent) until stopped.",
                "It listens where narrator.artemis.url points, so workers with the same settings find it.",
                "For production, run the Artemis distribution; workers connect to either the same way."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Interface to listen on (default: the host of narrator.artemis.url).")
    @Nullable String host;

    @Option(names = "--port", description = "TCP port (default: the port of narrator.artemis.url).")
    @Nullable Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "Journal folder (default: the setting narrator.broker.data, broker/).")
    @Nullable Path data;

    @Option(names = "--max-deliveries",
            description = "Deliveries before the dead-letter queue (default: the setting narrator.artemis.max-deliveries).")
    Integer maxDeliveries;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NarratorConfig config = options.load(settings -> maxDeliveries == null ? settings
                : settings.with("narrator.artemis.max-deliveries", String.valueOf(maxDeliveries), "--max-deliveries"));
        URI url = URI.create(config.get("narrator.artemis.url"));
        String listenHost = host != null ? host : url.getHost();
        int listenPort = port != null ? port : url.getPort();
        if (listenHost == null || listenPort < 1 || listenPort > 65535) {
            throw new IllegalArgumentException("the broker listens on a host and a port from 1 to 65535, not "
                    + listenHost + ":" + listenPort + " (narrator.artemis.url is " + url + "; --host and --port override it)");
        }
        Path journal = data != null ? data : Path.of(config.get("narrator.broker.data"));
        try (EmbeddedBroker broker = new EmbeddedBroker(journal,
                listenHost, listenPort, config.getInt("narrator.artemis.max-deliveries"))) {
            System.out.println("broker listening on " + broker.url() + "; set narrator.artemis.url=" + broker.url());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
