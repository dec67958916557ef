package io.github.narrator.dedupe;

import java.net.URI;
import java.util.Locale;

import io.github.narrator.extract.Article;
import io.github.narrator.fetch.SourcePolicy;

/**
 * Which article a fetched page is: the key its narration is filed, replaced and listed under. A page
 * names its canonical URL itself, so a page on any host could claim another site's story and replace
 * its narration; the claim is believed only where the page could speak for that address: on its own
 * host and port, or between hosts its source names together (a feed allowing its own CDN, say).
 * Otherwise the address the page was fetched from is the key. A local file is the user's own: its
 * claim stands. Either way the key is the {@link UrlKey} of the address.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /**
     * The article with its canonical URL replaced by the key it is filed under.
     *
     * @param fetchedUrl where the page was fetched from, after redirects
     * @param policy     the policy the page was fetched under: the hosts its source names
     */
    public static Article keyed(Article article, String fetchedUrl, SourcePolicy policy) {
        String claimed = article.canonicalUrl();
        String key = UrlKey.of(trusted(claimed, fetchedUrl, policy) ? claimed : fetchedUrl);
        if (key.equals(claimed)) {
            return article;
        }
        return article.withCanonicalUrl(key);
    }

    /** Whether a page fetched from {@code fetchedUrl} may name {@code claimed} as its address. */
    static boolean trusted(String claimed, String fetchedUrl, SourcePolicy policy) {
        if (claimed == null || claimed.isBlank()) {
            return false;
        }
        if (fetchedUrl.regionMatches(true, 0, "file:", 0, 5)) {
            return true;
        }
        String claimedHost = UrlKey.hostOf(claimed);
        String fetchedHost = UrlKey.hostOf(fetchedUrl);
        if (claimedHost == null || fetchedHost == null || !isWeb(claimed)) {
            return false;
        }
        if (claimedHost.equals(fetchedHost) && port(claimed) == port(fetchedUrl)) {
            return true;
        }
        return policy.names(claimed) && policy.names(fetchedUrl);
    }

    private static boolean isWeb(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The port, with http's and https's defaults as one: a site moving to https keeps its articles. */
    private static int port(String url) {
        int port = URI.create(UrlKey.of(url)).getPort();
        return port == 80 || port == 443 ? -1 : port;
    }
}
