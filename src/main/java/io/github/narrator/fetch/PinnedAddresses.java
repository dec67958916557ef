package io.github.narrator.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Name resolution for the HTTP client, checked: a host's addresses are looked up once, every one is
 * checked, and the client connects only to the addresses checked. A policy that looked a name up to
 * check it while the client looked it up again to connect could be fooled by a name that answers a
 * public address the first time and a private one the second (DNS rebinding); here there is no second
 * lookup. {@link #checkConnected} checks the address a connection actually reached, as a last guard.
 */
final class PinnedAddresses implements SocketAddressResolver {

    /** Looks a host name up: the system's resolver, or a test's. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** A connection refused because of where it would have gone; the reason names the address. */
    static final class RefusedAddress extends IOException {
        RefusedAddress(String reason) {
            super(reason);
        }
    }

    private final Lookup lookup;
    private final boolean allowPrivate;

    PinnedAddresses(Lookup lookup, boolean allowPrivate) {
        this.lookup = lookup;
        this.allowPrivate = allowPrivate;
    }

    /**
     * The tag of requests whose policy opens private addresses (tests). The client pools connections
     * by tag too, so a connection made for such a request never serves another.
     */
    static final String PRIVATE_ALLOWED = "private-addresses-allowed";

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        try {
            boolean privateAllowed = allowPrivate || context.get(Destination.CONTEXT_KEY) instanceof Destination destination
                    && PRIVATE_ALLOWED.equals(destination.getOrigin().getTag());
            String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            List<InetSocketAddress> checked = new ArrayList<>();
            for (InetAddress address : lookup.addresses(name)) {
                refuseUnlessAllowed(host, address, privateAllowed);
                checked.add(new InetSocketAddress(address, port));
            }
            promise.succeeded(checked);
        } catch (IOException | RuntimeException e) {
            promise.failed(e);
        }
    }

    /** Throws unless the address a connection reached may be fetched from. */
    void checkConnected(String host, SocketAddress connected, boolean privateAllowed) throws RefusedAddress {
        if (!(connected instanceof InetSocketAddress socket) || socket.getAddress() == null) {
            throw new RefusedAddress("refused: cannot tell which address " + host + " connected to");
        }
        refuseUnlessAllowed(host, socket.getAddress(), privateAllowed);
    }

    private void refuseUnlessAllowed(String host, InetAddress address, boolean privateAllowed) throws RefusedAddress {
        if (!allowPrivate && !privateAllowed && SourcePolicy.isPrivate(address)) {
            throw new RefusedAddress("refused: " + host + " resolves to a private or loopback address ("
                    + address.getHostAddress() + ")");
        }
    }
}
