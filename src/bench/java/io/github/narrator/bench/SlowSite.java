package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A news site on 127.0.0.1 that is slow the way a busy publisher is: every article page is answered
 * after a fixed delay. It serves a URL list of its articles ({@code /urls.txt}) and a robots.txt.
 */
final class SlowSite implements AutoCloseable {

    private static final String ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n";

    private final List<byte[]> pages;
    private final Duration delay;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slow-site");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong listRequested = new AtomicLong();

    SlowSite(List<NewsPageGenerator.GeneratedPage> articles, Duration delay) throws IOException {
        this.pages = articles.stream().map(page -> page.html().getBytes(StandardCharsets.UTF_8)).toList();
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/urls.txt", exchange -> {
            listRequested.compareAndSet(0, System.nanoTime());
            respond(exchange, 200, "text/plain; charset=utf-8", urlList());
        });
        server.createContext("/robots.txt", exchange -> respond(exchange, 200, "text/plain", ROBOTS_TXT.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/articles/", this::article);
        server.start();
    }

    /** The address of the list of every article. */
    String listUrl() {
        return base() + "/urls.txt";
    }

    int articles() {
        return pages.size();
    }

    /** When the list was first asked for since the last {@link #resetClock()} (System.nanoTime), or 0. */
    long listRequestedNanos() {
        return listRequested.get();
    }

    void resetClock() {
        listRequested.set(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private byte[] urlList() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            list.append(base()).append("/articles/").append(i).append('\n');
        }
        return list.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void article(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/articles/".length());
        int index;
        try {
            index = Integer.parseInt(name);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= pages.size()) {
            respond(exchange, 404, "text/plain", "no such article".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, "text/html; charset=utf-8", pages.get(index));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
