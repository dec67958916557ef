package io.github.narrator.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

import io.github.narrator.api.SubmitApi;

/**
 * Serves {@code out/} over HTTP with Jetty: the player pages, the feed and playlist, and every
 * narration's audio, transcript, chapters and metadata, with byte ranges, ETags and HEAD. Nothing
 * outside {@code out/} and nothing private inside it is reachable (see {@link ServedFiles}). Text
 * (pages, feeds, transcripts) is gzip-compressed for clients that accept it; audio never is, so byte
 * ranges of audio are untouched (see {@link Compression}). When the feeds were written for a
 * placeholder address (no base URL configured), their links are rewritten to the address each
 * request came to (see {@link LinkRewriter}). Under {@code /api/}, the submit API answers (see {@link ApiHandler}).
 *
 * <pre>{@code
 * try (NarrationServer server = new NarrationServer(Path.of("out"), "127.0.0.1", 8080).start()) {
 *     server.join();
 * }
 * }</pre>
 */
public final class NarrationServer implements AutoCloseable {

    private static final int MAX_THREADS = 200;
    private static final int IDLE_TIMEOUT_MILLIS = 30_000;
    /** The default of narrator.serve.header-timeout. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final String host;

    /**
     * @param outDir the output folder to serve; it must exist
     * @param host   the address to listen on, e.g. {@code 127.0.0.1} (this machine only) or {@code 0.0.0.0}
     * @param port   the port, or 0 for any free port (see {@link #port()})
     */
    public NarrationServer(Path outDir, String host, int port) throws IOException {
        this(outDir, host, port, null, DEFAULT_HEADER_TIMEOUT);
    }

    /**
     * @param writtenBase the placeholder base URL the feeds were written with, to be replaced by each
     *                    request's own address; null when a real base URL is configured (nothing rewritten)
     */
    public NarrationServer(Path outDir, String host, int port, @Nullable String writtenBase) throws IOException {
        this(outDir, host, port, writtenBase, DEFAULT_HEADER_TIMEOUT);
    }

    /** @param headerTimeout the time a client has to send a request's headers, however it trickles them */
    public NarrationServer(Path outDir, String host, int port, Duration headerTimeout) throws IOException {
        this(outDir, host, port, null, headerTimeout);
    }

    /**
     * @param writtenBase   see {@link #NarrationServer(Path, String, int, String)}
     * @param headerTimeout see {@link #NarrationServer(Path, String, int, Duration)}
     */
    public NarrationServer(Path outDir, String host, int port, @Nullable String writtenBase, Duration headerTimeout)
            throws IOException {
        this(outDir, host, port, writtenBase, headerTimeout, SubmitApi.off());
    }

    /**
     * @param writtenBase   see {@link #NarrationServer(Path, String, int, String)}
     * @param headerTimeout see {@link #NarrationServer(Path, String, int, Duration)}
     * @param api           what answers under {@code /api/} (the submit API, or {@link SubmitApi#off()}: 404)
     */
    public NarrationServer(Path outDir, String host, int port, String writtenBase, Duration headerTimeout, SubmitApi api)
            throws IOException {
        this(outDir, host, port, writtenBase, headerTimeout, api, TrustedProxies.parse(TrustedProxies.LOOPBACK));
    }

    /**
     * @param writtenBase   see {@link #NarrationServer(Path, String, int, String)}
     * @param headerTimeout see {@link #NarrationServer(Path, String, int, Duration)}
     * @param api           see {@link #NarrationServer(Path, String, int, String, Duration, SubmitApi)}
     * @param proxies       the reverse proxies whose forwarded headers are believed
     */
    public NarrationServer(Path outDir, String host, int port, String writtenBase, Duration headerTimeout, SubmitApi api,
            TrustedProxies proxies) throws IOException {
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("cannot serve " + outDir + ": it is not a folder");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        this.host = host;
        ServedFiles served = new ServedFiles(outDir);

        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName("narrator-serve");
        server = new Server(threads);
        server.setStopAtShutdown(true);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // a trusted reverse proxy's X-Forwarded-For/-Proto/-Host (or Forwarded) become the request's
        // client address, scheme and host; anyone else's are ignored
        http.addCustomizer(proxies);
        connector = new ServerConnector(server, new HeaderDeadline(http, headerTimeout));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);

        OutDirResourceHandler files = new OutDirResourceHandler(served);
        files.setBaseResource(ResourceFactory.of(server).newResource(served.root()));
        files.setDirAllowed(false);
        files.setWelcomeFiles("index.html");
        files.setAcceptRanges(true);
        files.setEtags(true);
        files.setUseFileMapping(false);
        // Revalidate every time: a narration can be replaced at the same URL; the ETag makes that cheap (304).
        files.setCacheControl("no-cache");
        ContextHandler context = new ContextHandler(files, "/");
        context.setBaseResource(files.getBaseResource());

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        Handler content = writtenBase == null ? context : new LinkRewriter(context, served, writtenBase);
        server.setHandler(new ApiHandler(api, new RequestGuard(Compression.gzip(content))));
    }

    public NarrationServer start() throws Exception {
        server.start();
        return this;
    }

    /** The port listened on (the real one when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + port() + "/");
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
