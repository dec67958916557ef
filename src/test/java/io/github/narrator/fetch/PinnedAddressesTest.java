package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.narrator.testing.LocalHttpServer;

/**
 * DNS rebinding: a name that answers a public address when it is checked and a private one when the
 * connection is made. The fetcher looks a name up once, checks every address, and connects only to
 * what it checked, so the private address is never reached.
 */
class PinnedAddressesTest {

    private LocalHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer().page("/secret", "text/html", "<p>internal admin page</p>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aNameThatRebindsToALoopbackAddressIsRefusedAtTheConnection() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // the first answer is public (a documentation address), every later one the loopback address
        PinnedAddresses.Lookup rebinding = host -> {
            if (!host.equals("rebind.test")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {lookups.getAndIncrement() == 0
                    ? InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7})
                    : InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        };
        HttpPageFetcher fetcher = new HttpPageFetcher(settings(), rebinding);
        rebinding.addresses("rebind.test"); // the check a policy would make first: public
        URI url = URI.create(server.url("/secret").replace("127.0.0.1", "rebind.test"));

        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(url, SourcePolicy.publicWeb().withAllowedHosts(java.util.Set.of("rebind.test:" + url.getPort())),
                        Validators.NONE));

        assertTrue(e.getMessage().contains("refused: rebind.test resolves to a private or loopback address (127.0.0.1)"),
                e.getMessage());
        assertEquals(List.of(), server.requests(), "nothing reached the private address");
    }

    @Test
    void aConnectionGoesToTheAddressThatWasChecked() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        PinnedAddresses.Lookup counting = host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        };
        HttpPageFetcher fetcher = new HttpPageFetcher(settings().withAllowPrivateAddresses(true), counting);
        URI url = URI.create(server.url("/secret").replace("127.0.0.1", "pinned.test"));

        FetchedPage page = fetcher.fetch(url, SourcePolicy.publicWeb().withPrivateAddresses(true), Validators.NONE).orElseThrow();

        assertEquals("<p>internal admin page</p>", page.html());
        assertEquals(1, lookups.get(), "one lookup: the addresses checked are the addresses used");
    }

    private static FetchSettings settings() {
        return new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024, 3, "Narrator/test", false);
    }
}
