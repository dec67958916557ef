package io.github.narrator.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real HTTP requests to the submit API of a server on 127.0.0.1, each kept as a curl -i style
 * transcript ({@code >} request, {@code <} response) for reports.
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<String> transcript = new CopyOnWriteArrayList<>();

    /** @param base the server's address, e.g. {@code http://127.0.0.1:8123/} */
    public ApiClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public HttpResponse<String> post(String token, String json) throws IOException, InterruptedException {
        return send("POST", "api/narrations", token, json, "application/json");
    }

    public HttpResponse<String> get(String token, String pathOrUrl) throws IOException, InterruptedException {
        return send("GET", pathOrUrl, token, null, null);
    }

    /** @param token the bearer token, or null for no Authorization header */
    public HttpResponse<String> send(String method, String pathOrUrl, String token, String body, String contentType)
            throws IOException, InterruptedException {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base + pathOrUrl.replaceFirst("^/", ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder("> " + method + " " + uri.getRawPath() + " HTTP/1.1\n");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
            log.append("> Authorization: Bearer ").append(token.length() > 6 ? token.substring(0, 4) + "…" : token).append('\n');
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
            log.append("> Content-Type: ").append(contentType).append('\n');
        }
        if (body != null) {
            log.append(">\n> ").append(body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body)
                    .append('\n');
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        log.append("< HTTP/1.1 ").append(response.statusCode()).append('\n');
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.headers().map());
        for (String name : List.of("Location", "Retry-After", "WWW-Authenticate", "Allow", "Content-Type")) {
            if (headers.containsKey(name)) {
                log.append("< ").append(name).append(": ").append(String.join(", ", headers.get(name))).append('\n');
            }
        }
        log.append("<\n").append(response.body().strip().replaceAll("(?m)^", "< ")).append('\n');
        transcript.add(log.toString());
        return response;
    }

    /** Every exchange so far, in order. */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }
}
