package io.github.narrator.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, at the socket level: it can reset the
 * connection, accept and never answer, or cut a body short, which a well-behaved server library
 * would never let a test do. Each path has a {@link Behaviour}; every request is logged with its time.
 */
final class FaultyServer implements AutoCloseable {

    /** What the server does with one request; it writes the raw response (or nothing) itself. */
    @FunctionalInterface
    interface Behaviour {
        void answer(Socket socket, OutputStream out, int attempt) throws IOException;
    }

    /** One request seen: its path and when it arrived. */
    record Hit(String path, long nanos) {
    }

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    FaultyServer() throws IOException {
        listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    FaultyServer on(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** Requests for {@code path} so far, in order. */
    List<Hit> hits(String path) {
        List<Hit> matching = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.path().equals(path)) {
                matching.add(hit);
            }
        }
        return matching;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            String path = readRequestPath(socket.getInputStream());
            if (path == null) {
                return;
            }
            int attempt = hits(path).size() + 1;
            hits.add(new Hit(path, System.nanoTime()));
            // a path with a query the server has no behaviour for is answered as the path alone
            Behaviour behaviour = behaviours.getOrDefault(path,
                    behaviours.getOrDefault(path.split("\\?", 2)[0], status(404, "not found")));
            OutputStream out = socket.getOutputStream();
            behaviour.answer(socket, out, attempt);
            out.flush();
        } catch (IOException | RuntimeException gone) {
            // the client went away, or a behaviour dropped the connection on purpose
        } finally {
            open.remove(socket);
        }
    }

    /** Reads the request head; returns the path of its request line. */
    private static String readRequestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                String requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
                String[] parts = requestLine.split(" ");
                return parts.length > 1 ? parts[1] : null;
            }
        }
        return null;
    }

    // ---- behaviours ----

    static Behaviour status(int status, String body, String... headers) {
        return (socket, out, attempt) -> respond(out, status, "text/plain", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Behaviour html(String page) {
        return (socket, out, attempt) -> respond(out, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code failures} attempts get {@code failing}, later ones {@code then}. */
    static Behaviour firstFailing(int failures, Behaviour failing, Behaviour then) {
        return (socket, out, attempt) -> (attempt <= failures ? failing : then).answer(socket, out, attempt);
    }

    /** The connection is reset (TCP RST) right after the request arrives. */
    static Behaviour reset() {
        return (socket, out, attempt) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** The request is accepted and never answered (the socket stays open until the server closes). */
    static Behaviour neverAnswer() {
        return (socket, out, attempt) -> {
            try {
                while (socket.getInputStream().read() >= 0) {
                    // wait for the client to give up
                }
            } catch (SocketException closed) {
                // the client (or the server's close) ended it
            }
        };
    }

    /** Headers promise {@code promised} bytes; {@code sent} arrive, then the connection closes. */
    static Behaviour cutBody(int promised, int sent) {
        return (socket, out, attempt) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + promised
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write("<html><body><p>".repeat(sent / 15 + 1).substring(0, sent).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        };
    }

    static void respond(OutputStream out, int status, String contentType, byte[] body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
