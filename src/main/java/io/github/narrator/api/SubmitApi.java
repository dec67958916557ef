package io.github.narrator.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;

/**
 * The submit API, HTTP-free: {@code POST /api/narrations} with {@code {"url": ...}} or
 * {@code {"urls": [...]}} and a bearer token answers 202 with a status URL; {@code GET} on it answers
 * the submission's state. Refusals: 404 when the API is off, 401 for a missing or wrong token, 429
 * past the rate limit, 413 for too large a body or too many URLs, 400 for bad JSON, 422 for URLs
 * outside the source policy, 503 when the pipeline cannot take them.
 */
public final class SubmitApi {

    public static final String PATH = "/api/narrations";
    private static final String REALM = "Bearer realm=\"narrator\"";

    /**
     * One request, as the server read it.
     *
     * @param authorization the Authorization header, or null
     * @param contentType   the Content-Type header, or null
     * @param body          the body; null when it was larger than {@link #maxBodyBytes}
     * @param client        the client's address, for the rate limit
     * @param base          the address the request came to ({@code http://host:port/}), for the URLs answered
     */
    public record Request(String method, String path, @Nullable String authorization, @Nullable String contentType,
                          byte @Nullable [] body, String client, String base) {
    }

    /** What to answer: status, headers, and a JSON body. */
    public record Response(int status, Map<String, String> headers, String json) {

        public byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    private final ApiSettings settings;
    private final @Nullable Submissions submissions;
    private final @Nullable SubmissionSink sink;
    private final @Nullable RateLimiter limiter;
    /** Where narrations are published, when configured (narrator.feed.base-url); else each request's own address. */
    private final @Nullable String publishedBase;

    /**
     * @param publishedBase the base URL out/ is published at, or null to answer with each request's own address
     */
    public SubmitApi(ApiSettings settings, Submissions submissions, SubmissionSink sink, @Nullable String publishedBase) {
        this(settings, submissions, sink, publishedBase, System::nanoTime);
    }

    SubmitApi(ApiSettings settings, @Nullable Submissions submissions, @Nullable SubmissionSink sink, @Nullable String publishedBase,
              LongSupplier nanoClock) {
        this.settings = settings;
        this.submissions = submissions;
        this.sink = sink;
        this.publishedBase = publishedBase == null || publishedBase.endsWith("/") ? publishedBase : publishedBase + "/";
        this.limiter = settings.enabled() ? new RateLimiter(settings.requestsPerMinute(), nanoClock) : null;
    }

    /** The API when no token is configured: every request answers 404, saying how to turn it on. */
    public static SubmitApi off() {
        return new SubmitApi(new ApiSettings("", null, 0, 0, 1, 10), null, null, null);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** The largest body read; a longer one is answered 413 unread. */
    public int maxBodyBytes() {
        return settings.maxBodyBytes();
    }

    public Response handle(Request request) {
        try {
            return answer(request);
        } catch (ApiRefusal refusal) {
            return refusal(refusal);
        }
    }

    private Response answer(Request request) throws ApiRefusal {
        if (!settings.enabled()) {
            throw new ApiRefusal(404, "the submit API is off: set narrator.api.token (and narrator.api.allow-hosts) to turn it on");
        }
        String path = request.path();
        boolean collection = PATH.equals(path);
        String id = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : null;
        if (!collection && (id == null || id.isEmpty() || id.contains("/"))) {
            throw new ApiRefusal(404, "no such API resource: " + path + " (the API is POST " + PATH + " and GET " + PATH + "/<id>)");
        }
        String allowed = collection ? "POST" : "GET";
        if (!allowed.equals(request.method())) {
            return withHeader(refusal(new ApiRefusal(405, request.method() + " is not allowed here; " + allowed + " is")),
                    "Allow", allowed);
        }
        if (collection) {
            rateLimit(request); // every submission counts, before anything is read
        }
        authenticate(request);
        return collection ? submit(request) : status(request, id);
    }

    private Response submit(Request request) throws ApiRefusal {
        if (request.body() == null) {
            throw new ApiRefusal(SubmittedUrls.TOO_LARGE, "the body is larger than " + settings.maxBodyBytes()
                    + " bytes (narrator.api.max-body)");
        }
        String type = request.contentType() == null ? "" : request.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.startsWith("application/json")) {
            throw new ApiRefusal(415, "the body must be JSON (Content-Type: application/json), not " + request.contentType());
        }
        List<String> urls = SubmittedUrls.parse(request.body(), settings.maxUrls(), settings.policy());
        Submissions.Accepted accepted = submissions.accept(urls);
        for (String url : accepted.toSend()) {
            try {
                sink.submit(url, settings.policy());
            } catch (RuntimeException e) {
                submissions.failed(url, "queue", "the pipeline could not take it: " + e.getMessage());
            }
        }
        Submissions.Submission submission = submissions.get(accepted.submission().id()).orElse(accepted.submission());
        String location = base(request) + PATH.substring(1) + "/" + submission.id();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        return new Response(202, headers, describe(submission, location, request));
    }

    private Response status(Request request, String id) throws ApiRefusal {
        Submissions.Submission submission = submissions.get(id)
                .orElseThrow(() -> new ApiRefusal(404, "no submission " + id + " (unknown, or too old to be kept)"));
        String location = base(request) + PATH.substring(1) + "/" + id;
        return new Response(200, new LinkedHashMap<>(), describe(submission, location, request));
    }

    private void rateLimit(Request request) throws ApiRefusal {
        long waitSeconds = limiter.acquire(request.client());
        if (waitSeconds > 0) {
            throw new RateLimited(waitSeconds, settings.requestsPerMinute());
        }
    }

    /** A missing or wrong token: 401. A wrong one also counts against the client's rate, so guessing is slow. */
    private void authenticate(Request request) throws ApiRefusal {
        String header = request.authorization();
        if (header == null || header.isBlank()) {
            throw new Unauthorized(REALM, "this API needs a bearer token: send Authorization: Bearer <narrator.api.token>");
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new Unauthorized(REALM, "the Authorization header must be Bearer <token>");
        }
        boolean right = MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
        if (!right) {
            if (!PATH.equals(request.path())) {
                rateLimit(request);
            }
            throw new Unauthorized(REALM + ", error=\"invalid_token\"", "the bearer token is wrong");
        }
    }

    private String describe(Submissions.Submission submission, String location, Request request) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", submission.id());
        json.put("state", submission.state().json());
        json.put("status", location);
        json.put("received", submission.received().toString());
        ArrayNode items = json.putArray("narrations");
        String base = publishedBase != null ? publishedBase : base(request);
        for (Submissions.Item item : submission.items()) {
            ObjectNode node = items.addObject();
            node.put("url", item.url());
            node.put("state", item.state().json());
            if (item.state() == Submissions.State.FAILED) {
                node.put("step", item.step());
                node.put("reason", item.reason());
            }
            if (item.state() == Submissions.State.DONE && item.slug() != null) {
                String folder = base + "articles/" + item.slug() + "/";
                ObjectNode urls = node.putObject("urls");
                urls.put("page", folder);
                urls.put("audio", folder + NarrationFiles.MP3);
                urls.put("captions", folder + NarrationFiles.VTT);
                urls.put("transcript", folder + NarrationFiles.TRANSCRIPT);
                urls.put("metadata", folder + NarrationFiles.METADATA);
            }
        }
        return json.toPrettyString() + "\n";
    }

    private static String base(Request request) {
        return request.base().endsWith("/") ? request.base() : request.base() + "/";
    }

    private static Response refusal(ApiRefusal refusal) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("status", refusal.status());
        json.put("error", refusal.getMessage());
        if (!refusal.refused().isEmpty()) {
            ArrayNode refused = json.putArray("refused");
            refusal.refused().forEach(url -> refused.addObject().put("url", url.url()).put("reason", url.reason()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (refusal instanceof Unauthorized unauthorized) {
            headers.put("WWW-Authenticate", unauthorized.challenge);
        }
        if (refusal instanceof RateLimited limited) {
            headers.put("Retry-After", String.valueOf(limited.waitSeconds));
        }
        return new Response(refusal.status(), headers, json.toPrettyString() + "\n");
    }

    private static Response withHeader(Response response, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put(name, value);
        return new Response(response.status(), headers, response.json());
    }

    /** 401, with the challenge the client should answer. */
    private static final class Unauthorized extends ApiRefusal {
        private final String challenge;

        Unauthorized(String challenge, String message) {
            super(401, message);
            this.challenge = challenge;
        }
    }

    /** 429, with the seconds until the client may try again. */
    private static final class RateLimited extends ApiRefusal {
        private final long waitSeconds;

        RateLimited(long waitSeconds, int perMinute) {
            super(429, "too many requests from this address: at most " + perMinute
                    + " a minute (narrator.api.requests-per-minute); try again in " + waitSeconds + " s");
            this.waitSeconds = waitSeconds;
        }
    }
}
