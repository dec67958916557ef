package io.github.narrator.pipeline;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;

import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SitemapReader;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.UrlListReader;

/**
 * Turns what source routes hand over (a dropped file, a URL, a feed, a sitemap, a URL list) into inputs, each
 * with the policy it may be fetched under. URLs a route names itself are trusted; links found in a
 * fetched feed or list may only go to the feed's own host (plus the route's {@code NarratorAllowHosts}),
 * and to local files only when the feed itself is a local file.
 */
final class SourceInputs {

    /** One location a sitemap lists: an article page, or (in a sitemap index) a further sitemap. */
    record SitemapEntry(String url, boolean sitemap) {
    }

    private final Stages stages;
    private final int maxItems;
    private final int maxSitemaps;
    private final SitemapReader sitemapReader;

    SourceInputs(Stages stages) {
        this.stages = stages;
        this.maxItems = stages.config().getInt("narrator.source.max-items");
        this.maxSitemaps = stages.config().getInt("narrator.source.max-sitemaps");
        this.sitemapReader = new SitemapReader(maxItems);
    }

    /** A dropped file: readable from its own folder only. */
    void droppedFile(Exchange exchange) {
        Path path = exchange.getIn().getBody(File.class).toPath().toAbsolutePath().normalize();
        exchange.getIn().setHeader(Headers.INPUT, path.toUri().toString());
        exchange.getIn().setHeader(Headers.POLICY, SourcePolicy.localFiles(path.getParent()));
    }

    /** A URL the route (or the command line) named: trusted, any scheme the fetcher knows. */
    void namedUrl(Exchange exchange) throws Exception {
        URI uri = PageFetcher.toUri(exchange.getIn().getMandatoryBody(String.class));
        exchange.getIn().setHeader(Headers.INPUT, uri.toString());
        if (exchange.getIn().getHeader(Headers.POLICY) != null) {
            return; // a link from a feed or list: its policy is already set
        }
        SourcePolicy policy = "file".equals(uri.getScheme())
                ? SourcePolicy.localFiles(Path.of(uri).getParent())
                : SourcePolicy.publicWeb();
        exchange.getIn().setHeader(Headers.POLICY, policy);
    }

    /** The links of a feed, to be split into inputs. */
    List<String> feedLinks(Exchange exchange) throws Exception {
        FetchedPage feed = fetchDocument(exchange);
        return stages.feedReader().links(feed);
    }

    /** The entries of a URL list, to be split into inputs. */
    List<String> listedUrls(Exchange exchange) throws Exception {
        FetchedPage list = fetchDocument(exchange);
        return UrlListReader.urls(list.html(), list.finalUrl(), maxItems);
    }

    /**
     * The pages a sitemap lists, or the newest sitemaps of a sitemap index ({@code narrator.source.max-sitemaps}
     * per poll). A sitemap an index lists is read for its pages only: sitemap indexes do not nest.
     */
    List<SitemapEntry> sitemapEntries(Exchange exchange) throws Exception {
        SitemapReader.Sitemap sitemap = sitemapReader.read(fetchDocument(exchange));
        List<SitemapEntry> entries = new ArrayList<>();
        sitemap.pages().forEach(page -> entries.add(new SitemapEntry(page, false)));
        if (!exchange.getIn().getHeader(Headers.CHILD_SITEMAP, false, Boolean.class)) {
            sitemap.sitemaps().stream().limit(maxSitemaps).forEach(child -> entries.add(new SitemapEntry(child, true)));
        }
        return entries;
    }

    /**
     * Fetches the feed, list or sitemap the body names, and sets the policy its links are fetched
     * under. One that was itself a link (a sitemap an index lists) is fetched under the policy it came with.
     */
    private FetchedPage fetchDocument(Exchange exchange) throws Exception {
        Object body = exchange.getIn().getBody();
        String location = body instanceof File || body instanceof org.apache.camel.component.file.GenericFile<?>
                ? exchange.getIn().getBody(File.class).getAbsolutePath()
                : exchange.getIn().getMandatoryBody(String.class);
        URI uri = PageFetcher.toUri(location);
        exchange.getIn().setHeader(Headers.INPUT, uri.toString());
        SourcePolicy inherited = exchange.getIn().getHeader(Headers.POLICY, SourcePolicy.class);
        boolean local = "file".equals(uri.getScheme());
        SourcePolicy ownPolicy = inherited != null ? inherited
                : local ? SourcePolicy.localFiles(Path.of(uri).getParent()) : SourcePolicy.publicWeb();
        FetchedPage document = stages.fetcher().fetchDocument(uri.toString(), ownPolicy);
        if (inherited == null) {
            exchange.getIn().setHeader(Headers.POLICY, linkPolicy(uri, exchange.getIn().getHeader(Headers.ALLOW_HOSTS, String.class)));
        }
        return document;
    }

    private static SourcePolicy linkPolicy(URI document, String allowHosts) {
        Set<String> extraHosts = allowHosts == null ? Set.of()
                : Arrays.stream(allowHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        if ("file".equals(document.getScheme())) {
            // A local feed is the user's own: its links may be local files beside it, or the web.
            SourcePolicy policy = SourcePolicy.publicWeb().withLocalRoot(Path.of(document).getParent());
            return extraHosts.isEmpty() || extraHosts.contains("*") ? policy : policy.withAllowedHosts(extraHosts);
        }
        if (extraHosts.contains("*")) {
            return SourcePolicy.publicWeb();
        }
        Set<String> hosts = new java.util.HashSet<>(extraHosts);
        hosts.add(document.getHost());
        return SourcePolicy.publicWeb().withAllowedHosts(hosts);
    }
}
