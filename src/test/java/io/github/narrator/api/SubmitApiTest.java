package io.github.narrator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.files.Json;

class SubmitApiTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String BASE = "http://127.0.0.1:8080/";

    private final List<String> sent = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final Submissions submissions = new Submissions(100);
    /** 4 requests a minute per address in the rate tests; more elsewhere. */
    private SubmitApi api = api(100);

    private SubmitApi api(int perMinute) {
        return new SubmitApi(new ApiSettings(TOKEN, SourcePolicy.webHosts(Set.of("news.example")), 256, 3, perMinute, 100),
                submissions, (input, policy) -> sent.add(input), null, clock::get);
    }

    private SubmitApi.Response post(String body, String authorization) {
        return api.handle(new SubmitApi.Request("POST", SubmitApi.PATH, authorization, "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "203.0.113.5", BASE));
    }

    private SubmitApi.Response post(String body) {
        return post(body, "Bearer " + TOKEN);
    }

    private SubmitApi.Response get(String path, String authorization) {
        return api.handle(new SubmitApi.Request("GET", path, authorization, null, new byte[0], "203.0.113.5", BASE));
    }

    private static JsonNode json(SubmitApi.Response response) throws Exception {
        return Json.MAPPER.readTree(response.json());
    }

    @Test
    void acceptedUrlIsSentAndFollowedToDone() throws Exception {
        SubmitApi.Response accepted = post("{\"url\": \"https://news.example/2025/story\"}");
        assertEquals(202, accepted.status());
        String location = accepted.headers().get("Location");
        assertTrue(location.startsWith(BASE + "api/narrations/"), location);
        assertEquals(List.of("https://news.example/2025/story"), sent);
        assertEquals("queued", json(accepted).get("state").asText());
        assertEquals(location, json(accepted).get("status").asText());

        String path = location.substring(BASE.length() - 1);
        submissions.narrating("https://news.example/2025/story");
        assertEquals("narrating", json(get(path, "Bearer " + TOKEN)).get("state").asText());
        submissions.done("https://news.example/2025/story", "news-example-2025-story");
        JsonNode done = json(get(path, "Bearer " + TOKEN));
        assertEquals("done", done.get("state").asText());
        assertEquals(BASE + "articles/news-example-2025-story/narration.mp3",
                done.get("narrations").get(0).get("urls").get("audio").asText());
    }

    @Test
    void failureReasonIsReported() throws Exception {
        String path = post("{\"urls\": [\"https://news.example/a\", \"https://www.news.example/b\"]}")
                .headers().get("Location").substring(BASE.length() - 1);
        submissions.done("https://news.example/a", "a");
        assertEquals("narrating", json(get(path, "Bearer " + TOKEN)).get("state").asText(), "one of two finished");
        submissions.failed("https://www.news.example/b", "extract", "not an article: a list of links");
        JsonNode status = json(get(path, "Bearer " + TOKEN));
        assertEquals("failed", status.get("state").asText());
        JsonNode failed = status.get("narrations").get(1);
        assertEquals("extract", failed.get("step").asText());
        assertEquals("not an article: a list of links", failed.get("reason").asText());
    }

    @Test
    void aUrlOnItsWayIsNotSentTwice() {
        post("{\"url\": \"https://news.example/a\"}");
        post("{\"urls\": [\"https://news.example/a\", \"https://news.example/a\"]}");
        assertEquals(List.of("https://news.example/a"), sent);
        submissions.done("https://news.example/a", "a");
        post("{\"url\": \"https://news.example/a\"}");
        assertEquals(2, sent.size(), "once finished, a new submission goes to the pipeline again");
    }

    @Test
    void missingOrWrongTokenIs401WithChallenge() throws Exception {
        SubmitApi.Response missing = post("{\"url\": \"https://news.example/a\"}", null);
        assertEquals(401, missing.status());
        assertEquals("Bearer realm=\"narrator\"", missing.headers().get("WWW-Authenticate"));
        SubmitApi.Response wrong = post("{\"url\": \"https://news.example/a\"}", "Bearer not-the-token-at-all-000");
        assertEquals(401, wrong.status());
        assertTrue(wrong.headers().get("WWW-Authenticate").contains("invalid_token"));
        assertEquals(401, get(SubmitApi.PATH + "/anything", "Basic dXNlcjpwYXNz").status());
        assertTrue(sent.isEmpty());
    }

    @Test
    void offAnswers404ToEverything() throws Exception {
        SubmitApi.Response response = SubmitApi.off().handle(new SubmitApi.Request("POST", SubmitApi.PATH, "Bearer " + TOKEN,
                "application/json", "{}".getBytes(StandardCharsets.UTF_8), "127.0.0.1", BASE));
        assertEquals(404, response.status());
        assertTrue(json(response).get("error").asText().contains("narrator.api.token"));
    }

    @Test
    void badJsonIs400NamingTheProblem() throws Exception {
        SubmitApi.Response broken = post("{\"url\": \"https://news.example/a\"");
        assertEquals(400, broken.status());
        assertTrue(json(broken).get("error").asText().contains("not valid JSON at line 1"), broken.json());
        assertEquals(400, post("[\"https://news.example/a\"]").status());
        assertTrue(json(post("{\"link\": \"x\"}")).get("error").asText().contains("unknown field 'link'"));
        assertTrue(json(post("{\"url\": 5}")).get("error").asText().contains("\"url\" must be a string, not number"));
        assertTrue(json(post("{\"urls\": []}")).get("error").asText().contains("non-empty array"));
        assertTrue(json(post("{\"url\": \"a\", \"urls\": [\"b\"]}")).get("error").asText().contains("both"));
        assertEquals(400, post("").status());
        assertTrue(sent.isEmpty());
    }

    @Test
    void urlsOutsideThePolicyAreRefusedWithReasons() throws Exception {
        SubmitApi.Response refused = post("{\"urls\": [\"https://news.example/ok\", \"https://elsewhere.example/x\","
                + " \"file:///etc/passwd\", \"https://news.example:6379/x\"]}");
        assertEquals(413, refused.status(), "four URLs is above the limit of three");
        refused = post("{\"urls\": [\"https://news.example/ok\", \"https://elsewhere.example/x\", \"file:///etc/passwd\"]}");
        assertEquals(422, refused.status());
        JsonNode reasons = json(refused).get("refused");
        assertEquals(2, reasons.size());
        assertEquals("https://elsewhere.example/x", reasons.get(0).get("url").asText());
        assertTrue(reasons.get(0).get("reason").asText().contains("host elsewhere.example is not allowed"), refused.json());
        assertTrue(reasons.get(1).get("reason").asText().contains("not an absolute http(s) URL"), refused.json());
        assertTrue(sent.isEmpty(), "nothing of a refused request is queued");
    }

    @Test
    void tooLargeBodyIs413() {
        assertEquals(413, post(null).status());
        assertEquals(415, api.handle(new SubmitApi.Request("POST", SubmitApi.PATH, "Bearer " + TOKEN, "text/plain",
                "{}".getBytes(StandardCharsets.UTF_8), "203.0.113.5", BASE)).status());
    }

    @Test
    void rateLimitIs429WithRetryAfterAndRefills() {
        api = api(4);
        for (int i = 0; i < 4; i++) {
            assertEquals(202, post("{\"url\": \"https://news.example/" + i + "\"}").status());
        }
        SubmitApi.Response limited = post("{\"url\": \"https://news.example/more\"}");
        assertEquals(429, limited.status());
        assertEquals("15", limited.headers().get("Retry-After"), "4 a minute: one more every 15 s");
        clock.addAndGet(15_000_000_000L);
        assertEquals(202, post("{\"url\": \"https://news.example/more\"}").status());
        // another address has its own allowance
        assertEquals(202, api.handle(new SubmitApi.Request("POST", SubmitApi.PATH, "Bearer " + TOKEN, null,
                "{\"url\": \"https://news.example/x\"}".getBytes(StandardCharsets.UTF_8), "198.51.100.7", BASE)).status());
    }

    @Test
    void wrongTokensOnStatusesCountAgainstTheRate() {
        api = api(4);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, get(SubmitApi.PATH + "/x", "Bearer wrong-token-guess-000" + i).status());
        }
        assertEquals(429, get(SubmitApi.PATH + "/x", "Bearer wrong-token-guess-0004").status());
    }

    @Test
    void unknownStatusAndPathsAnd405() {
        assertEquals(404, get(SubmitApi.PATH + "/no-such-id", "Bearer " + TOKEN).status());
        assertEquals(404, get("/api/other", "Bearer " + TOKEN).status());
        SubmitApi.Response wrongMethod = get(SubmitApi.PATH, "Bearer " + TOKEN);
        assertEquals(405, wrongMethod.status());
        assertEquals("POST", wrongMethod.headers().get("Allow"));
    }

    @Test
    void aPipelineThatCannotTakeTheUrlFailsItWithTheReason() throws Exception {
        SubmitApi refusing = new SubmitApi(new ApiSettings(TOKEN, SourcePolicy.webHosts(Set.of("*")), 256, 3, 4, 100),
                submissions, (input, policy) -> {
                    throw new IllegalStateException("Queue full");
                }, "https://listen.example/podcast", clock::get);
        SubmitApi.Response response = refusing.handle(new SubmitApi.Request("POST", SubmitApi.PATH, "Bearer " + TOKEN, null,
                "{\"url\": \"https://any.example/a\"}".getBytes(StandardCharsets.UTF_8), "203.0.113.5", BASE));
        assertEquals(202, response.status());
        JsonNode item = json(response).get("narrations").get(0);
        assertEquals("failed", item.get("state").asText());
        assertTrue(item.get("reason").asText().contains("Queue full"));
        assertNull(item.get("urls"));
    }
}
