package io.github.narrator.pipeline;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;

/**
 * A feed, sitemap or URL list that a source reads for article links: the body of the source routes
 * until it is read.
 *
 * @param input      its URL (a path becomes a file: URL), as failure records name it
 * @param policy     what the document itself may be fetched under
 * @param linkPolicy what the links it lists may be fetched under
 * @param nested     a sitemap that a sitemap index listed: read for pages only (indexes do not nest)
 */
record SourceDocument(String input, SourcePolicy policy, SourcePolicy linkPolicy, boolean nested) {

    /**
     * A document a source route names. The route chose it, so it is trusted; its links may only go to
     * its own host plus {@code allowHosts} (comma-separated, {@code *} for any public host).
     */
    static SourceDocument named(String location, String allowHosts) throws FetchException {
        URI uri = PageFetcher.toUri(location);
        return new SourceDocument(uri.toString(), SourcePolicy.named(uri), SourcePolicy.linksOf(uri, hosts(allowHosts)), false);
    }

    /** A sitemap this sitemap index lists: it, and its pages, are fetched under the index's link policy. */
    SourceDocument nestedSitemap(String location) {
        return new SourceDocument(location, linkPolicy, linkPolicy, true);
    }

    private static Set<String> hosts(String allowHosts) {
        return allowHosts == null ? Set.of()
                : Arrays.stream(allowHosts.split(",")).map(String::strip).filter(host -> !host.isEmpty()).collect(Collectors.toSet());
    }
}
