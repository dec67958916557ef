package io.github.narrator.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that give a client a fixed time to send each request's headers, from the
 * request's first byte to its blank line. Jetty's idle timeout is reset by every byte, so a client
 * sending a header a byte every few seconds (slowloris) would hold a connection, and a thread's
 * worth of buffers, for ever; past the deadline its connection is closed, whatever it still sends.
 */
final class HeaderDeadline extends HttpConnectionFactory {

    private final long deadlineMillis;

    HeaderDeadline(HttpConfiguration configuration, Duration deadline) {
        super(configuration);
        this.deadlineMillis = deadline.toMillis();
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
            /** Changes when a request begins or its headers are complete: a deadline armed before then has passed. */
            private final AtomicLong request = new AtomicLong();

            @Override
            protected RequestHandler newRequestHandler() {
                return new RequestHandler() {
                    @Override
                    public void messageBegin() {
                        super.messageBegin();
                        long begun = request.incrementAndGet();
                        connector.getScheduler().schedule(() -> {
                            if (request.get() == begun) {
                                getEndPoint().close(); // still in its headers
                            }
                        }, deadlineMillis, TimeUnit.MILLISECONDS);
                    }

                    @Override
                    public boolean headerComplete() {
                        request.incrementAndGet();
                        return super.headerComplete();
                    }
                };
            }
        };
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }
}
