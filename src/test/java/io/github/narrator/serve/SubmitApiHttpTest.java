package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.api.ApiSettings;
import io.github.narrator.api.Submissions;
import io.github.narrator.api.SubmitApi;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.files.Json;
import io.github.narrator.testing.ApiClient;

/** The submit API over real HTTP on 127.0.0.1, with the pipeline stood in for: what is accepted, and every refusal. */
class SubmitApiHttpTest {

    private static final String TOKEN = "http-test-token-0123456789";

    @TempDir
    Path out;
    private NarrationServer server;
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private ApiClient start(SubmitApi api) throws Exception {
        server = new NarrationServer(out, "127.0.0.1", 0, null, NarrationServer.DEFAULT_HEADER_TIMEOUT, api).start();
        return new ApiClient(server.uri().toString());
    }

    private ApiClient start(int perMinute) throws Exception {
        ApiSettings settings = new ApiSettings(TOKEN, SourcePolicy.webHosts(Set.of("news.example")), 1024, 5, perMinute, 100);
        return start(new SubmitApi(settings, new Submissions(100), (input, policy) -> sent.add(input), null));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void acceptedAnswers202WithAStatusUrlThatAnswers() throws Exception {
        ApiClient client = start(60);
        HttpResponse<String> accepted = client.post(TOKEN, "{\"urls\": [\"https://news.example/a\", \"https://news.example/b\"]}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(server.uri() + "api/narrations/"), location);
        assertEquals(location, Json.MAPPER.readTree(accepted.body()).get("status").asText());
        assertEquals(List.of("https://news.example/a", "https://news.example/b"), sent);

        HttpResponse<String> status = client.get(TOKEN, location);
        assertEquals(200, status.statusCode());
        assertEquals("queued", Json.MAPPER.readTree(status.body()).get("state").asText());
        assertEquals("no-store", status.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(401, client.get(null, location).statusCode(), "a status needs the token too");
    }

    @Test
    void refusals() throws Exception {
        ApiClient client = start(60);
        HttpResponse<String> noToken = client.post(null, "{\"url\": \"https://news.example/a\"}");
        assertEquals(401, noToken.statusCode());
        assertEquals("Bearer realm=\"narrator\"", noToken.headers().firstValue("WWW-Authenticate").orElseThrow());
        HttpResponse<String> wrongToken = client.post("wrong-token-0123456789", "{\"url\": \"https://news.example/a\"}");
        assertEquals(401, wrongToken.statusCode());
        assertTrue(wrongToken.headers().firstValue("WWW-Authenticate").orElseThrow().contains("invalid_token"));

        HttpResponse<String> badJson = client.post(TOKEN, "{\"url\": ");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body().contains("not valid JSON"), badJson.body());

        HttpResponse<String> outside = client.post(TOKEN, "{\"url\": \"http://127.0.0.1:6379/\"}");
        assertEquals(422, outside.statusCode());
        assertTrue(outside.body().contains("is not allowed for this source"), outside.body());

        String large = "{\"urls\": [" + "\"https://news.example/x\",".repeat(60) + "\"https://news.example/y\"]}";
        HttpResponse<String> tooLarge = client.post(TOKEN, large);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("narrator.api.max-body"));

        HttpResponse<String> tooMany = client.post(TOKEN, "{\"urls\": [\"https://news.example/1\", \"https://news.example/2\","
                + " \"https://news.example/3\", \"https://news.example/4\", \"https://news.example/5\", \"https://news.example/6\"]}");
        assertEquals(413, tooMany.statusCode());
        assertTrue(tooMany.body().contains("narrator.api.max-urls"));

        assertEquals(405, client.send("PUT", "api/narrations", TOKEN, "{}", "application/json").statusCode());
        assertTrue(sent.isEmpty(), "nothing refused reached the pipeline");
    }

    @Test
    void aChunkedBodyPastTheLimitIs413() throws Exception {
        start(60);
        String chunk = "x".repeat(2000);
        String answer = rawPost("Transfer-Encoding: chunked", Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }

    @Test
    void aBodyThatArrivesAfterItsHeadersIsWaitedFor() throws Exception {
        start(60);
        String body = "{\"url\": \"https://news.example/late\"}";
        String answer = rawPost("Content-Length: " + body.length(), body);
        assertTrue(answer.startsWith("HTTP/1.1 202"), answer);
        assertEquals(List.of("https://news.example/late"), sent);
    }

    /** Sends the headers, waits, then the body: the server must not block the thread that would read it. */
    private String rawPost(String framing, String body) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream output = socket.getOutputStream();
            output.write(("POST /api/narrations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\n" + framing + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            output.flush();
            Thread.sleep(300);
            output.write(body.getBytes(StandardCharsets.US_ASCII));
            output.flush();
            InputStream input = socket.getInputStream();
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() throws Exception {
        ApiClient client = start(2);
        assertEquals(202, client.post(TOKEN, "{\"url\": \"https://news.example/1\"}").statusCode());
        assertEquals(202, client.post(TOKEN, "{\"url\": \"https://news.example/2\"}").statusCode());
        HttpResponse<String> limited = client.post(TOKEN, "{\"url\": \"https://news.example/3\"}");
        assertEquals(429, limited.statusCode());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "2 a minute: one more within 30 s, not " + retryAfter);
    }

    @Test
    void withoutATokenTheApiIsOff() throws Exception {
        ApiClient client = start(SubmitApi.off());
        HttpResponse<String> off = client.post(TOKEN, "{\"url\": \"https://news.example/a\"}");
        assertEquals(404, off.statusCode());
        assertTrue(off.body().contains("narrator.api.token"), off.body());
        assertEquals(404, client.get(TOKEN, "api/narrations/abc").statusCode());
    }
}
