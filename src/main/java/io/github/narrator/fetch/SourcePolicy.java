package io.github.narrator.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What one source may fetch, so that a feed or a list cannot point Narrator at a file on disk, an
 * internal service or another site it was not set up for (SSRF).
 *
 * @param web                   whether http(s) URLs may be fetched at all
 * @param allowedHosts          hosts (and their subdomains) allowed over http(s), each on the default ports or, written
 *                              {@code host:port}, on that port; empty allows any public host
 * @param localRoot             the folder local files may be read from; null when this source reads none
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched
 */
public record SourcePolicy(boolean web, Set<String> allowedHosts, @Nullable Path localRoot, boolean allowPrivateAddresses) {

    public SourcePolicy {
        allowedHosts = allowedHosts.stream().map(SourcePolicy::bareHost).collect(Collectors.toUnmodifiableSet());
        localRoot = localRoot == null ? null : localRoot.toAbsolutePath().normalize();
    }

    /** Any public web page, no local files. */
    public static SourcePolicy publicWeb() {
        return new SourcePolicy(true, Set.of(), null, false);
    }

    /** Local files under {@code root} only. */
    public static SourcePolicy localFiles(Path root) {
        return new SourcePolicy(false, Set.of(), root, false);
    }

    /**
     * What a location the user named (in a source route or on the command line) may be read under:
     * the user chose it, so any public web page, or a local file and the files beside it.
     */
    public static SourcePolicy named(URI location) {
        return "file".equalsIgnoreCase(location.getScheme()) ? localFiles(Path.of(location).getParent()) : publicWeb();
    }

    /**
     * What the links a feed, sitemap or URL list lists may be fetched under: only the document's own
     * host plus {@code extraHosts} ({@code *} for any public host). A local document is the user's
     * own: its links may also be local files beside it, and go to any public host unless hosts are named.
     */
    public static SourcePolicy linksOf(URI document, Set<String> extraHosts) {
        if ("file".equalsIgnoreCase(document.getScheme())) {
            SourcePolicy policy = publicWeb().withLocalRoot(Path.of(document).getParent());
            return extraHosts.isEmpty() || extraHosts.contains("*") ? policy : policy.withAllowedHosts(extraHosts);
        }
        if (document.getHost() == null || document.getHost().isEmpty()) {
            throw new IllegalArgumentException(document + ": URL has no host");
        }
        if (extraHosts.contains("*")) {
            return publicWeb();
        }
        Set<String> hosts = new java.util.HashSet<>(extraHosts);
        hosts.add(isDefaultPort(document) ? document.getHost() : document.getHost() + ":" + document.getPort());
        return publicWeb().withAllowedHosts(hosts);
    }

    /** Web pages on these hosts (and their subdomains) only. */
    SourcePolicy withAllowedHosts(Set<String> hosts) {
        return new SourcePolicy(true, hosts, localRoot, allowPrivateAddresses);
    }

    public SourcePolicy withLocalRoot(Path root) {
        return new SourcePolicy(web, allowedHosts, root, allowPrivateAddresses);
    }

    SourcePolicy withPrivateAddresses(boolean allow) {
        return new SourcePolicy(web, allowedHosts, localRoot, allow);
    }

    /**
     * Whether the source names {@code url}'s host itself (its document's host or one of its allowed
     * hosts): hosts it vouches for, so that one may speak for another. A source open to any public
     * host names none.
     */
    public boolean names(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() != null && !allowedHosts.isEmpty() && hostAllowed(uri);
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }

    /** Throws unless {@code uri} may be fetched under this policy. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> checkWeb(uri);
            case "file" -> checkLocal(uri);
            default -> throw FetchException.permanent(uri.toString(),
                    "refused: scheme '" + scheme + "' is not fetched (only http, https and allowed local files)");
        }
    }

    private void checkWeb(URI uri) throws FetchException {
        if (!web) {
            throw FetchException.permanent(uri.toString(), "refused: this source reads local files only");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw FetchException.permanent(uri.toString(), "refused: URL has no host");
        }
        if (!allowedHosts.isEmpty() && !hostAllowed(uri)) {
            String where = isDefaultPort(uri) ? "host " + host : host + ":" + uri.getPort();
            throw FetchException.permanent(uri.toString(),
                    "refused: " + where + " is not allowed for this source (allowed: " + allowedHosts + ")");
        }
        if (!allowPrivateAddresses) {
            checkPublicAddress(uri, host);
        }
    }

    /**
     * Whether the URL's host (or a subdomain of it) and port are allowed. An allowed host without a
     * port allows the web's default ports only (80, 443): a feed may not point Narrator at another
     * service on its own host ({@code news.example:6379}) unless the source names that port.
     */
    private boolean hostAllowed(URI uri) {
        String host = bareHost(uri.getHost());
        int port = effectivePort(uri);
        for (String allowed : allowedHosts) {
            int colon = allowed.lastIndexOf(':');
            boolean hasPort = colon > 0 && colon > allowed.lastIndexOf(']') && allowed.substring(colon + 1).matches("\\d+");
            String allowedHost = hasPort ? allowed.substring(0, colon) : allowed;
            boolean portAllowed = hasPort ? port == Integer.parseInt(allowed.substring(colon + 1)) : isDefaultPort(uri);
            if (portAllowed && (host.equals(allowedHost) || host.endsWith("." + allowedHost))) {
                return true;
            }
        }
        return false;
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isDefaultPort(URI uri) {
        return uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443;
    }

    /**
     * Refuses an address written in the URL (or a {@code localhost} name) that is private, before any
     * connection. A host name is not looked up here: a second lookup proves nothing about the one the
     * connection makes, so the fetcher checks the addresses it connects to ({@code PinnedAddresses}).
     */
    private static void checkPublicAddress(URI uri, String host) throws FetchException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost")) {
            throw FetchException.permanent(uri.toString(), "refused: " + host + " is a private or loopback address (localhost)");
        }
        if (!isAddressLiteral(name)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw FetchException.permanent(uri.toString(), "not an address: " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw FetchException.permanent(uri.toString(),
                        "refused: " + host + " resolves to a private or loopback address (" + address.getHostAddress() + ")");
            }
        }
    }

    private static boolean isAddressLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+") || host.matches("(?i)0x[0-9a-f.x]+");
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19));          // benchmarking
        }
        return (b[0] & 0xFE) == 0xFC; // IPv6 unique local fc00::/7
    }

    private void checkLocal(URI uri) throws FetchException {
        if (localRoot == null) {
            throw FetchException.permanent(uri.toString(), "refused: this source may not read local files");
        }
        Path path;
        try {
            path = Path.of(uri);
        } catch (IllegalArgumentException e) {
            throw FetchException.permanent(uri.toString(), "refused: not a local file path");
        }
        if (!isInside(path, localRoot)) {
            throw FetchException.permanent(uri.toString(), "refused: " + path + " is outside " + localRoot);
        }
    }

    /** Whether {@code path}, with symbolic links resolved, lies inside {@code root}. */
    static boolean isInside(Path path, Path root) {
        try {
            Path realRoot = root.toRealPath();
            Path real = Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
            return real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String bareHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }
}
