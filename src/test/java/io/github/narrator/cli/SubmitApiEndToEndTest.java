package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.files.Json;
import io.github.narrator.testing.ApiClient;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.LocalHttpServer;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.Slow;

/**
 * {@code narrator serve} with the submit API on, end to end over real HTTP on 127.0.0.1: an article
 * page is submitted, goes through the Camel pipeline (ingest, dedupe, queue, narrate, publish) and its
 * status ends done with an MP3 served; a page that is no article ends failed with the reason; a URL
 * outside the policy and a wrong token are refused. The exchanges are written to
 * {@code target/submit-api-transcript.txt}.
 */
@Slow
class SubmitApiEndToEndTest {

    private static final String TOKEN = "end-to-end-token-0123456789";

    @TempDir
    Path work;

    @Test
    void submittedArticleIsNarrated_nonArticleFails_outsidersAreRefused() throws Exception {
        try (LocalHttpServer site = new LocalHttpServer()) {
            String articleUrl = site.url("/news/harbour-plan");
            site.page("/news/harbour-plan", "text/html; charset=utf-8",
                    ArticlePages.article(articleUrl, "Council approves harbour plan", "The vote was seven to two."));
            StringBuilder index = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>World news</title></head><body><h1>World</h1>");
            for (int i = 1; i <= 6; i++) {
                index.append("<article><h2><a href=\"/news/story-").append(i).append("\">Headline number ").append(i)
                        .append(" about the harbour</a></h2></article>");
            }
            site.page("/news/world", "text/html; charset=utf-8", index.append("</body></html>").toString());
            String allowed = site.url("/").replaceFirst("^http://", "").replaceFirst("/$", "");

            Path out = work.resolve("out");
            int port = ServeCommandTest.freePort();
            AtomicReference<Object> result = new AtomicReference<>();
            Thread serving = new Thread(() -> {
                try {
                    result.set(new picocli.CommandLine(new ServeCommand()).execute("--port", String.valueOf(port), "--out", out.toString(),
                            "--set", "narrator.api.token=" + TOKEN, "--set", "narrator.api.allow-hosts=" + allowed,
                            "--set", "narrator.fetch.allow-private-addresses=true", "--set", "narrator.workers=1",
                            "--set", "narrator.fetch.retries=0"));
                } catch (RuntimeException e) {
                    result.set(e);
                }
            }, "serve-under-test");
            serving.start();
            ApiClient client = new ApiClient("http://127.0.0.1:" + port + "/");
            try {
                ServeCommandTest.waitForHealth(port);

                HttpResponse<String> accepted = client.post(TOKEN, "{\"url\": \"" + articleUrl + "\"}");
                assertEquals(202, accepted.statusCode(), accepted.body());
                JsonNode done = awaitFinished(client, accepted.headers().firstValue("Location").orElseThrow());
                assertEquals("done", done.get("state").asText(), done.toPrettyString());
                String audio = done.get("narrations").get(0).get("urls").get("audio").asText();
                String slugFolder = audio.substring(audio.indexOf("/articles/") + 1, audio.lastIndexOf('/'));
                assertTrue(Files.size(out.resolve(slugFolder).resolve("narration.mp3")) > 10_000, "the MP3 was published");
                RawHttp.Response served = RawHttp.send(port, "GET", audio.substring(audio.indexOf("/articles/")));
                assertEquals(200, served.status(), "the status's audio URL answers");
                JsonNode metadata = Json.MAPPER.readTree(out.resolve(slugFolder).resolve("metadata.json").toFile());
                assertEquals("api", metadata.path("source").asText(metadata.toString()), "recorded as coming from the API");

                HttpResponse<String> notArticle = client.post(TOKEN, "{\"url\": \"" + site.url("/news/world") + "\"}");
                assertEquals(202, notArticle.statusCode());
                JsonNode failed = awaitFinished(client, notArticle.headers().firstValue("Location").orElseThrow());
                assertEquals("failed", failed.get("state").asText());
                JsonNode item = failed.get("narrations").get(0);
                assertEquals("extract", item.get("step").asText());
                assertTrue(item.get("reason").asText().startsWith("no article text found"), item.toString());
                assertTrue(Files.list(out.resolve("failed")).findAny().isPresent(), "the failure is filed under failed/ too");

                HttpResponse<String> outside = client.post(TOKEN, "{\"url\": \"https://elsewhere.example/story\"}");
                assertEquals(422, outside.statusCode());
                assertTrue(outside.body().contains("host elsewhere.example is not allowed"), outside.body());
                assertEquals(401, client.post("not-the-token-0123456789", "{\"url\": \"" + articleUrl + "\"}").statusCode());
            } finally {
                serving.interrupt();
                serving.join(30_000);
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "submit-api-transcript.txt"), String.join("\n", client.transcript()));
            }
            assertFalse(serving.isAlive(), "interrupting stops the server and the pipeline");
            assertEquals(0, result.get());
            JsonNode stored = Json.MAPPER.readTree(out.resolve("state").resolve(SubmitApis.STATUS_FILE).toFile());
            assertEquals(2, stored.get("submissions").size(), "the statuses are kept for the next start");
        }
    }

    /** Polls the status URL (a second apart, as a CMS would) until it says done or failed. */
    private static JsonNode awaitFinished(ApiClient client, String location) throws Exception {
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 240; attempt++) {
            HttpResponse<String> status = client.get(TOKEN, location);
            assertEquals(200, status.statusCode(), status.body());
            JsonNode json = Json.MAPPER.readTree(status.body());
            String state = json.get("state").asText();
            seen.add(state);
            if (state.equals("done") || state.equals("failed")) {
                return json;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no outcome in 2 minutes; states seen: " + seen);
    }
}
