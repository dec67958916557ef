package io.github.narrator.serve;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Applies a reverse proxy's {@code X-Forwarded-For/-Host/-Proto} (or {@code Forwarded}) headers only
 * to requests whose connection comes from a proxy named in {@code narrator.serve.trusted-proxies}.
 * From anyone else they are ignored: a client could otherwise give itself a new address with each
 * request (and so a fresh allowance under the submit API's rate limit) or choose the host that the
 * links {@code serve} writes point at.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

    /** The default: a proxy on this machine, as the README's Publishing section sets one up. */
    public static final String LOOPBACK = "127.0.0.1, ::1";

    // literal addresses, CIDR blocks and ranges only: a host name here would be looked up in DNS
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:/-]+");

    private final InetAddressSet trusted = new InetAddressSet();
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
    private final List<String> listed = new ArrayList<>();

    private TrustedProxies() {
    }

    /**
     * @param addresses comma-separated addresses ({@code 127.0.0.1}), CIDR blocks ({@code 10.0.0.0/8})
     *                  or ranges ({@code 10.0.0.1-10.0.0.9}); empty to trust no one
     * @throws IllegalArgumentException naming the entry that is none of these
     */
    public static TrustedProxies parse(String addresses) {
        TrustedProxies proxies = new TrustedProxies();
        for (String entry : addresses.split(",")) {
            String pattern = entry.strip();
            if (!pattern.isEmpty()) {
                proxies.trust(pattern);
            }
        }
        return proxies;
    }

    private void trust(String pattern) {
        IllegalArgumentException unreadable = new IllegalArgumentException("'" + pattern + "' is not an IP address, CIDR block or range");
        if (!LITERAL.matcher(pattern).matches()) {
            throw unreadable;
        }
        try {
            trusted.add(pattern);
        } catch (RuntimeException e) {
            unreadable.initCause(e);
            throw unreadable;
        }
        listed.add(pattern);
    }

    /** The proxies trusted, as given. */
    public List<String> listed() {
        return List.copyOf(listed);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        boolean fromProxy = request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress peer
                && peer.getAddress() != null && trusted.test(peer.getAddress());
        return fromProxy ? forwarded.customize(request, responseHeaders) : request;
    }
}
