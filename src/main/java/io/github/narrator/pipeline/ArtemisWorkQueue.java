package io.github.narrator.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.jms.connection.CachingConnectionFactory;

import io.github.narrator.files.Json;

import org.jspecify.annotations.Nullable;

/**
 * The work queue on an ActiveMQ Artemis broker: persistent messages carrying each task as JSON,
 * consumed in JMS transactions by any number of workers on any number of machines. A worker
 * commits only after the narration is published, so a worker that dies mid-synthesis leaves its
 * item to be delivered to another; after {@code maxDeliveries} failed attempts an item goes to the
 * dead-letter queue.
 */
final class ArtemisWorkQueue implements WorkQueue {

    /** Where to find the broker and how hard to try; a null user and password connect without credentials. */
    record Settings(String brokerUrl, @Nullable String user, @Nullable String password, String queue, int workers, int maxDeliveries,
                    int maxDepth) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArtemisWorkQueue.class);
    private static final String CONSUMING = "narrator-jms-in";
    private static final String PRODUCING = "narrator-jms-out";

    private final Settings settings;
    private CachingConnectionFactory producerFactory;
    private ServerLocator locator;
    private ClientSessionFactory sessionFactory;
    private ClientSession managementSession;

    ArtemisWorkQueue(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Map<String, Object> beans() {
        // No prefetch: an idle worker gets the next item, not one buffered by a busy worker.
        String url = settings.brokerUrl() + (settings.brokerUrl().contains("?") ? "&" : "?") + "consumerWindowSize=0";
        ActiveMQConnectionFactory consumerFactory = new ActiveMQConnectionFactory(url, settings.user(), settings.password());
        producerFactory = new CachingConnectionFactory(new ActiveMQConnectionFactory(settings.brokerUrl(),
                settings.user(), settings.password()));
        return Map.of(CONSUMING, JmsComponent.jmsComponentTransacted(consumerFactory),
                PRODUCING, JmsComponent.jmsComponent(producerFactory));
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public String producerUri() {
        return PRODUCING + ":queue:" + settings.queue() + "?deliveryPersistent=true";
    }

    @Override
    public String consumerUri() {
        return CONSUMING + ":queue:" + settings.queue() + "?concurrentConsumers=" + settings.workers()
                + "&maxConcurrentConsumers=" + settings.workers() + "&cacheLevelName=CACHE_CONSUMER";
    }

    @Override
    public String deadLetterUri() {
        return PRODUCING + ":queue:" + settings.queue() + ".dlq?deliveryPersistent=true";
    }

    @Override
    public Object toMessage(NarrationTask task) {
        try {
            return Json.MAPPER.writeValueAsString(task);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write work item for " + task.input(), e);
        }
    }

    @Override
    public NarrationTask fromMessage(Object body) {
        try {
            return Json.MAPPER.readValue((String) body, NarrationTask.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable work item: " + e.getMessage(), e);
        }
    }

    /** The broker counts deliveries: the item's last allowed one is final. */
    @Override
    public boolean isFinalAttempt(Exchange exchange) {
        Integer deliveries = exchange.getIn().getHeader("JMSXDeliveryCount", Integer.class);
        return deliveries == null || deliveries >= settings.maxDeliveries();
    }

    /** Waits while {@code maxDepth} items are already queued, so a backfill does not flood the broker. */
    @Override
    public void awaitRoom(CamelContext context) throws InterruptedException {
        boolean told = false;
        int depth;
        while ((depth = depth(context)) >= settings.maxDepth()) {
            if (!told) {
                told = true;
                LOG.info("queue {} holds {} items (limit {}): ingest waits for the workers", settings.queue(), depth,
                        settings.maxDepth());
            }
            Thread.sleep(500);
        }
    }

    @Override
    public synchronized int depth(CamelContext context) {
        try {
            if (managementSession == null) {
                locator = ActiveMQClient.createServerLocator(settings.brokerUrl());
                sessionFactory = locator.createSessionFactory();
                managementSession = sessionFactory.createSession(settings.user(), settings.password(), false, true, true, false, 1);
            }
            ClientSession.QueueQuery query = managementSession.queueQuery(SimpleString.of(settings.queue()));
            return query.isExists() ? (int) query.getMessageCount() : 0;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the depth of queue " + settings.queue() + " at "
                    + settings.brokerUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (managementSession != null) {
                managementSession.close();
            }
        } catch (Exception ignored) {
            // closing anyway
        }
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        if (locator != null) {
            locator.close();
        }
        if (producerFactory != null) {
            producerFactory.destroy();
        }
    }
}
