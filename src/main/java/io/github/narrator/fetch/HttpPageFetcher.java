package io.github.narrator.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches web pages politely: a User-Agent naming Narrator, conditional GET, time limits, a size
 * cap, and redirects followed by hand so that every hop is checked against the source's policy.
 */
class HttpPageFetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5";

    private final FetchSettings settings;
    private final HttpClient client;

    HttpPageFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The page, or empty when the server says it has not changed since {@code previous}. */
    Optional<FetchedPage> fetch(URI url, SourcePolicy policy, Validators previous) throws FetchException {
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            policy.check(current);
            if (!visited.add(current)) {
                throw FetchException.permanent(url.toString(), "redirect loop at " + current);
            }
            HttpResponse<CappedBody> response = send(current, previous);
            int status = response.statusCode();
            if (isRedirect(status)) {
                current = redirectTarget(url, current, response);
                continue;
            }
            if (status == 304) {
                return Optional.empty();
            }
            if (status >= 200 && status < 300) {
                return Optional.of(page(url, current, response));
            }
            throw failure(url, status, response);
        }
        throw FetchException.permanent(url.toString(), "more than " + settings.maxRedirects() + " redirects");
    }

    private HttpResponse<CappedBody> send(URI uri, Validators previous) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        CompletableFuture<HttpResponse<CappedBody>> response =
                client.sendAsync(request.build(), info -> CappedBody.subscriber(settings.maxBytes()));
        try {
            // The request timeout covers the headers only; the overall limit also bounds a body that trickles.
            return response.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true); // closes the connection: a body trickling forever is not read forever
            throw FetchException.transientFailure(uri.toString(), "timed out after " + settings.readTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            throw connectionFailure(uri, e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure(uri.toString(), "interrupted");
        }
    }

    private static FetchException connectionFailure(URI uri, Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return FetchException.transientFailure(uri.toString(), "timed out: " + cause.getMessage());
        }
        String what = cause instanceof IOException ? "connection failed" : "request failed";
        return FetchException.transientFailure(uri.toString(), what + ": " + cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI original, URI current, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                FetchException.permanent(original.toString(), "redirect " + response.statusCode() + " without Location"));
        try {
            URI target = current.resolve(location.trim());
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw FetchException.permanent(original.toString(), "refused: redirect to scheme '" + scheme + "'");
            }
            return target;
        } catch (IllegalArgumentException e) {
            throw FetchException.permanent(original.toString(), "bad redirect Location '" + location + "'");
        }
    }

    private FetchedPage page(URI requested, URI finalUrl, HttpResponse<CappedBody> response) throws FetchException {
        CappedBody body = Decompression.decode(requested.toString(),
                response.headers().firstValue("Content-Encoding").orElse(null), response.body(), settings.maxBytes());
        Validators validators = new Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return new FetchedPage(requested.toString(), finalUrl.toString(), body.bytes(),
                response.headers().firstValue("Content-Type").orElse(null), body.truncated(), validators);
    }

    private static FetchException failure(URI url, int status, HttpResponse<?> response) {
        boolean retryable = status == 408 || status == 429 || status >= 500;
        Duration retryAfter = response.headers().firstValue("Retry-After").map(HttpPageFetcher::parseRetryAfter).orElse(null);
        String reason = "HTTP " + status + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)");
        return new FetchException(url.toString(), reason, status, retryable, retryAfter);
    }

    /** Retry-After is either seconds or an HTTP date. */
    static Duration parseRetryAfter(String value) {
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
