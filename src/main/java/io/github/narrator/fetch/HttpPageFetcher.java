package io.github.narrator.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web pages politely: a User-Agent naming Narrator, conditional GET, time limits, a size
 * cap, and redirects followed by hand so that every hop is checked against the source's policy.
 * Connections go only to addresses checked when the name was looked up ({@link PinnedAddresses}),
 * and the address each response came from is checked again. No cookies are kept.
 */
class HttpPageFetcher {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5";

    private final FetchSettings settings;
    private final PinnedAddresses addresses;
    private @Nullable HttpClient client;

    HttpPageFetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    /** With a name lookup of the test's choosing. */
    HttpPageFetcher(FetchSettings settings, PinnedAddresses.Lookup lookup) {
        this.settings = settings;
        this.addresses = new PinnedAddresses(lookup, settings.allowPrivateAddresses());
    }

    /** What one request got: the status and headers, and the body (empty unless 2xx). */
    private record Answer(int status, HttpFields headers, CappedBody body) {
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
            Answer answer = send(current, previous, policy.allowPrivateAddresses());
            int status = answer.status();
            if (isRedirect(status)) {
                current = redirectTarget(url, current, answer);
                continue;
            }
            if (status == 304) {
                return Optional.empty();
            }
            if (status >= 200 && status < 300) {
                return Optional.of(page(url, current, answer));
            }
            throw failure(url, answer);
        }
        throw FetchException.permanent(url.toString(), "more than " + settings.maxRedirects() + " redirects");
    }

    private Answer send(URI uri, Validators previous, boolean privateAllowed) throws FetchException {
        long limit = settings.readTimeout().toMillis();
        Request request = client().newRequest(uri)
                .method(HttpMethod.GET)
                .tag(privateAllowed ? PinnedAddresses.PRIVATE_ALLOWED : null)
                .timeout(limit, TimeUnit.MILLISECONDS) // the whole exchange: a body that trickles is cut off too
                .headers(headers -> {
                    headers.put(HttpHeader.USER_AGENT, settings.userAgent());
                    headers.put(HttpHeader.ACCEPT, ACCEPT);
                    headers.put(HttpHeader.ACCEPT_ENCODING, "gzip, deflate");
                    if (previous.etag() != null) {
                        headers.put(HttpHeader.IF_NONE_MATCH, previous.etag());
                    }
                    if (previous.lastModified() != null) {
                        headers.put(HttpHeader.IF_MODIFIED_SINCE, previous.lastModified());
                    }
                });
        // where the response came from, noted while the connection is surely the request's
        AtomicReference<SocketAddress> connected = new AtomicReference<>();
        request.onResponseBegin(response -> connected.set(request.getConnection() == null ? null
                : request.getConnection().getRemoteSocketAddress()));
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            Response response = listener.get(limit, TimeUnit.MILLISECONDS);
            addresses.checkConnected(uri.getHost(), connected.get(), privateAllowed);
            int status = response.getStatus();
            if (status < 200 || status >= 300) {
                request.abort(new IOException("body not wanted")); // nobody reads an error page or a redirect's body
                return new Answer(status, response.getHeaders(), new CappedBody(new byte[0], false));
            }
            return new Answer(status, response.getHeaders(), capped(request, listener.getInputStream()));
        } catch (PinnedAddresses.RefusedAddress e) {
            request.abort(e);
            throw FetchException.permanent(uri.toString(), e.getMessage());
        } catch (TimeoutException e) {
            request.abort(e); // closes the connection: a server that never answers is not waited for
            throw timedOut(uri);
        } catch (ExecutionException e) {
            throw connectionFailure(uri, e.getCause());
        } catch (IOException e) {
            throw connectionFailure(uri, e);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure(uri.toString(), "interrupted");
        }
    }

    /** The body up to the size cap; the rest is never downloaded. */
    private CappedBody capped(Request request, InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes()));
            boolean truncated = in.read() != -1;
            if (truncated) {
                request.abort(new IOException("size cap reached"));
            }
            return new CappedBody(bytes, truncated);
        }
    }

    private FetchException timedOut(URI uri) {
        return FetchException.transientFailure(uri.toString(), "timed out after " + settings.readTimeout().toSeconds() + " s");
    }

    private FetchException connectionFailure(URI uri, Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof PinnedAddresses.RefusedAddress refused) {
                return FetchException.permanent(uri.toString(), refused.getMessage());
            }
            if (c instanceof TimeoutException) {
                return timedOut(uri);
            }
            if (c instanceof java.net.UnknownHostException) {
                return FetchException.transientFailure(uri.toString(), "unknown host " + uri.getHost());
            }
        }
        String what = cause instanceof IOException ? "connection failed" : "request failed";
        return FetchException.transientFailure(uri.toString(), what + ": " + cause);
    }

    /**
     * The HTTP client, started on first use (most sources read local files only). Its threads are
     * daemons, and it keeps no cookies, follows no redirects and decodes nothing itself: the size cap
     * applies to what arrives, and gzip is undone within the cap by {@link Decompression}.
     */
    private synchronized HttpClient client() throws FetchException {
        if (client == null) {
            HttpClient created = new HttpClient();
            QueuedThreadPool threads = new QueuedThreadPool(32, 1);
            threads.setName("narrator-fetch");
            threads.setDaemon(true);
            created.setExecutor(threads);
            created.setScheduler(new ScheduledExecutorScheduler("narrator-fetch-scheduler", true));
            created.setSocketAddressResolver(addresses);
            created.setConnectTimeout(settings.connectTimeout().toMillis());
            created.setFollowRedirects(false);
            created.setUserAgentField(null);
            created.setHttpCookieStore(new HttpCookieStore.Empty());
            try {
                created.start();
                // after start: an empty list is filled at start with every compression on the class path
                created.getContentDecoderFactories().clear();
            } catch (Exception e) {
                throw FetchException.transientFailure("http", "cannot start the HTTP client: " + e);
            }
            client = created;
        }
        return client;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI original, URI current, Answer answer) throws FetchException {
        String location = answer.headers().get(HttpHeader.LOCATION);
        if (location == null) {
            throw FetchException.permanent(original.toString(), "redirect " + answer.status() + " without Location");
        }
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

    private FetchedPage page(URI requested, URI finalUrl, Answer answer) throws FetchException {
        CappedBody body = Decompression.decode(requested.toString(), answer.headers().get(HttpHeader.CONTENT_ENCODING),
                answer.body(), settings.maxBytes());
        Validators validators = new Validators(answer.headers().get(HttpHeader.ETAG), answer.headers().get(HttpHeader.LAST_MODIFIED));
        return new FetchedPage(requested.toString(), finalUrl.toString(), body.bytes(),
                answer.headers().get(HttpHeader.CONTENT_TYPE), body.truncated(), validators);
    }

    private static FetchException failure(URI url, Answer answer) {
        int status = answer.status();
        boolean retryable = status == 408 || status == 429 || status >= 500;
        String header = answer.headers().get(HttpHeader.RETRY_AFTER);
        Duration retryAfter = header == null ? null : parseRetryAfter(header);
        String reason = "HTTP " + status + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toSeconds() + " s)");
        return new FetchException(url.toString(), reason, status, retryable, retryAfter);
    }

    /** Retry-After is either seconds or an HTTP date. */
    static @Nullable Duration parseRetryAfter(String value) {
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
