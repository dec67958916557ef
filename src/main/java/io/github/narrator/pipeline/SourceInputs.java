package io.github.narrator.pipeline;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SitemapReader;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.UrlListReader;

/**
 * Turns what a source hands over (a dropped file, a URL, a feed, a sitemap, a URL list) into the typed
 * bodies the pipeline carries: an {@link IngestItem} per article, each with the policy it may be
 * fetched under, and the {@link SourceDocument} a feed, sitemap or list is read from. The source is the
 * id of the route the exchange started in.
 */
final class SourceInputs {

    /**
     * Read from a long-form source route (a timer that sets the body and sends it to an entry point):
     * extra hosts, comma-separated, its links may point to. Route templates take {@code allowHosts} instead.
     */
    static final String ALLOW_HOSTS_HEADER = "NarratorAllowHosts";

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

    /** A dropped file (body: the file): readable from its own folder only. */
    void droppedFile(Exchange exchange) throws FetchException {
        exchange.getIn().setBody(named(exchange.getIn().getBody(File.class).getAbsolutePath(), exchange.getFromRouteId()));
    }

    /** A URL or path a route (or the command line) named (body: the text): trusted, any scheme the fetcher knows. */
    void namedUrl(Exchange exchange) throws Exception {
        exchange.getIn().setBody(named(exchange.getIn().getMandatoryBody(String.class), exchange.getFromRouteId()));
    }

    /**
     * The feed, sitemap or list to read. A route template hands over a {@link SourceDocument}; a
     * long-form route a URL, a path or a file, with its extra hosts in {@link #ALLOW_HOSTS_HEADER}.
     */
    void document(Exchange exchange) throws Exception {
        Object body = exchange.getIn().getBody();
        if (body instanceof SourceDocument) {
            return;
        }
        String location = body instanceof File || body instanceof GenericFile<?>
                ? exchange.getIn().getBody(File.class).getAbsolutePath()
                : exchange.getIn().getMandatoryBody(String.class);
        exchange.getIn().setBody(SourceDocument.named(location, exchange.getIn().getHeader(ALLOW_HOSTS_HEADER, String.class)));
    }

    /** The links of a feed, one item each. */
    void feedLinks(Exchange exchange) throws Exception {
        SourceDocument feed = exchange.getIn().getMandatoryBody(SourceDocument.class);
        exchange.getIn().setBody(linked(stages.feedReader().links(fetch(feed)), feed, exchange));
    }

    /** The entries of a URL list, one item each. */
    void listedUrls(Exchange exchange) throws Exception {
        SourceDocument list = exchange.getIn().getMandatoryBody(SourceDocument.class);
        FetchedPage page = fetch(list);
        exchange.getIn().setBody(linked(UrlListReader.urls(page.html(), page.finalUrl(), maxItems), list, exchange));
    }

    /**
     * The pages a sitemap lists, one item each, then the newest sitemaps of a sitemap index
     * ({@code narrator.source.max-sitemaps} per poll) as documents to read in turn.
     */
    void sitemapEntries(Exchange exchange) throws Exception {
        SourceDocument document = exchange.getIn().getMandatoryBody(SourceDocument.class);
        SitemapReader.Sitemap sitemap = sitemapReader.read(fetch(document));
        List<Object> entries = new ArrayList<>(linked(sitemap.pages(), document, exchange));
        if (!document.nested()) {
            sitemap.sitemaps().stream().limit(maxSitemaps)
                    .map(child -> document.nestedSitemap(normalised(child))).forEach(entries::add);
        }
        exchange.getIn().setBody(entries);
    }

    private FetchedPage fetch(SourceDocument document) throws FetchException {
        return stages.fetcher().fetchDocument(document.input(), document.policy());
    }

    /** An article location a user named: trusted, and a local file may be read from its own folder. */
    static IngestItem named(String location, String source) throws FetchException {
        URI uri = PageFetcher.toUri(location);
        return new IngestItem(uri.toString(), source, SourcePolicy.named(uri));
    }

    private static List<IngestItem> linked(List<String> links, SourceDocument document, Exchange exchange) {
        String source = exchange.getFromRouteId();
        return links.stream().map(link -> new IngestItem(normalised(link), source, document.linkPolicy())).toList();
    }

    /** A link as its URL; one that is none stays as written, and its fetch fails with the reason. */
    private static String normalised(String link) {
        try {
            return PageFetcher.toUri(link).toString();
        } catch (FetchException e) {
            return link;
        }
    }
}
