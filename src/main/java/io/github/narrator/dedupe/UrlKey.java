package io.github.narrator.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An article URL as the key everything is filed under (the ledger, the slug, the feed GUID): the
 * ways of writing one address that do not change the page are written one way. Scheme and host in
 * lower case, the default port dropped, an empty path as {@code /}, no fragment, and no tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid} and their kind); other parameters keep
 * their order, since they can choose the page. What is not a hierarchical http(s) URL is left as it is.
 */
final class UrlKey {

    /** Query parameters that say how a reader arrived, never which page they read. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "s_cid");

    private UrlKey() {
    }

    public static @Nullable String of(@Nullable String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException notAUri) {
            return url;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.isOpaque() || uri.getRawAuthority() == null
                || uri.getHost() == null) {
            return url;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        StringBuilder key = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            key.append(uri.getRawUserInfo()).append('@');
        }
        key.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            key.append(':').append(port);
        }
        String path = uri.getRawPath();
        key.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return key.toString();
    }

    /** The host of a URL as keys have it (lower case, no "www."); null when it has none. */
    public static @Nullable String hostOf(@Nullable String url) {
        try {
            String host = url == null ? null : new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return lower.startsWith("www.") ? lower.substring(4) : lower;
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
