package io.github.narrator.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Fetches an article page (or a feed, sitemap or list) from the web or a local file, within what the
 * source's policy allows and, over HTTP, within the politeness settings: robots.txt for article pages,
 * and a limit on requests in flight and their pace for each host. It may be called from many threads.
 */
public class PageFetcher {

    private final FetchSettings settings;
    private final HostPoliteness hosts;
    private final @Nullable RobotsRules robots;
    private volatile @Nullable HttpPageFetcher http;

    /** Without robots.txt or limits per host: for fetching one page now and then. */
    public PageFetcher(FetchSettings settings) {
        this(settings, PolitenessSettings.NONE);
    }

    public PageFetcher(FetchSettings settings, PolitenessSettings politeness) {
        this.settings = settings;
        this.hosts = new HostPoliteness(politeness.maxInFlight(), politeness.hostDelay());
        this.robots = politeness.obeyRobots()
                ? new RobotsRules(politeness.robotsAgent(), politeness.maxCrawlDelay(), this::fetchRobotsTxt)
                : null;
    }

    /**
     * @param location an http(s) or file: URL, or a local path
     * @return the page, or empty when the server answered 304 Not Modified to {@code previous}
     */
    public Optional<FetchedPage> fetch(String location, SourcePolicy policy, Validators previous) throws FetchException {
        URI uri = toUri(location);
        Optional<FetchedPage> page = fetchBytes(uri, policy, previous, true);
        if (page.isPresent()) {
            requireText(page.get());
        }
        return page;
    }

    /**
     * A feed, sitemap or URL list. Unlike a page it may be a gzip file ("sitemap.xml.gz"): that is
     * inflated here, within the size cap, before the text check.
     */
    public FetchedPage fetchDocument(String location, SourcePolicy policy) throws FetchException {
        URI uri = toUri(location);
        FetchedPage document = fetchBytes(uri, policy, Validators.NONE, false)
                .orElseThrow(() -> FetchException.permanent(uri.toString(), "no content"));
        FetchedPage inflated = Decompression.gzipFile(document, settings.maxBytes());
        requireText(inflated);
        return inflated;
    }

    /**
     * A file that is not a page, such as an article's lead image: the same policy, redirects, time
     * limits and size cap as a page, without the check that it is text. A file larger than the cap
     * is refused rather than cut.
     */
    public FetchedPage fetchFile(String location, SourcePolicy policy) throws FetchException {
        URI uri = toUri(location);
        FetchedPage file = fetchBytes(uri, policy, Validators.NONE, false)
                .orElseThrow(() -> FetchException.permanent(uri.toString(), "no content"));
        if (file.truncated()) {
            throw FetchException.permanent(uri.toString(), "larger than the size limit of " + settings.maxBytes() + " bytes");
        }
        return file;
    }

    /** @param article whether this is an article page, which robots.txt has a say over (feeds and lists are the user's choice) */
    private Optional<FetchedPage> fetchBytes(URI uri, SourcePolicy policy, Validators previous, boolean article)
            throws FetchException {
        // Loopback and private networks are opened to every source only by a global setting (tests).
        SourcePolicy effective = settings.allowPrivateAddresses() ? policy.withPrivateAddresses(true) : policy;
        effective.check(uri);
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of(LocalPageReader.read(uri, settings.maxBytes()));
        }
        Duration crawlDelay = article && robots != null ? robots.check(uri, effective) : Duration.ZERO;
        return politely(uri, crawlDelay, () -> http().fetch(uri, effective, previous));
    }

    private FetchedPage fetchRobotsTxt(URI robotsTxt, SourcePolicy policy) throws FetchException {
        return politely(robotsTxt, Duration.ZERO, () -> http().fetch(robotsTxt, policy, Validators.NONE))
                .orElseThrow(() -> FetchException.permanent(robotsTxt.toString(), "no content"));
    }

    /** A request to the web, sent when the host's politeness allows. */
    @FunctionalInterface
    private interface Request {
        Optional<FetchedPage> send() throws FetchException;
    }

    private Optional<FetchedPage> politely(URI uri, Duration crawlDelay, Request request) throws FetchException {
        try (HostPoliteness.Permit turn = hosts.acquire(uri.getHost(), crawlDelay)) {
            return request.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure(uri.toString(), "interrupted while waiting for a turn at " + uri.getHost());
        }
    }

    /** The HTTP client, built on first use: its TLS set-up costs a quarter of a second that reading a local file never needs. */
    private HttpPageFetcher http() {
        HttpPageFetcher client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = new HttpPageFetcher(settings);
                }
                client = http;
            }
        }
        return client;
    }

    private static void requireText(FetchedPage page) throws FetchException {
        String binary = BinaryContent.reason(page);
        if (binary != null) {
            throw FetchException.permanent(page.requestedUrl(), binary);
        }
    }

    /** A URL as given, or a local path turned into a file: URL. */
    public static URI toUri(String location) throws FetchException {
        String trimmed = location.strip();
        if (trimmed.isEmpty()) {
            throw FetchException.permanent(location, "empty URL");
        }
        if (trimmed.indexOf('\0') >= 0) {
            throw FetchException.permanent(location.replace('\0', '?'), "URL contains a NUL byte");
        }
        if (!trimmed.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || trimmed.matches("(?i)^[a-z]:\\\\.*")) {
            return Path.of(trimmed).toAbsolutePath().normalize().toUri();
        }
        try {
            URI uri = new URI(trimmed);
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                return uri;
            }
            // "file:samples/feed.xml" is a path relative to the working directory.
            Path path = uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()).toAbsolutePath() : Path.of(uri);
            return path.normalize().toUri();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchException.permanent(location, "not a valid URL: " + e.getMessage());
        }
    }
}
