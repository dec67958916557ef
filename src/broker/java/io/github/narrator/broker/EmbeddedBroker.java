package io.github.narrator.broker;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker inside this JVM, persistent, for trying scale-out on one machine and
 * for tests. Production runs the Artemis distribution; both speak the same protocol.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final String url;

    /**
     * @param dataDir       journal, bindings, paging and large messages
     * @param host          interface to listen on
     * @param port          TCP port (0 is not allowed: workers must know it)
     * @param maxDeliveries the broker's own limit; Narrator's workers give up first, this is the backstop
     */
    public EmbeddedBroker(Path dataDir, String host, int port, int maxDeliveries) throws Exception {
        this.url = "tcp://" + host + ":" + port;
        Configuration config = new ConfigurationImpl()
                .setName("narrator-broker")
                .setPersistenceEnabled(true)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", url)
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true)
                        .setMaxDeliveryAttempts(maxDeliveries + 1)
                        .setRedeliveryDelay(1000));
        server.setConfiguration(config);
        server.start();
    }

    /** The URL clients connect to, for {@code narrator.artemis.url}. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
