package io.github.narrator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.github.narrator.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code narrator broker}: an ActiveMQ Artemis broker for trying scale-out without installing one. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run an embedded ActiveMQ Artemis broker (persistent) until stopped.",
                "For production, run the Artemis distribution; workers connect to either the same way."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "61616", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "out/broker", paramLabel = "DIR",
            description = "Journal folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--max-deliveries", defaultValue = "3", description = "Deliveries before the dead-letter queue (default: ${DEFAULT-VALUE}).")
    int maxDeliveries;

    @Override
    public Integer call() throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker(data, host, port, maxDeliveries)) {
            System.out.println("broker listening on " + broker.url() + "; set narrator.artemis.url=" + broker.url());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
