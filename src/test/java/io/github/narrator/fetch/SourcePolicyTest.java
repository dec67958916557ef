package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePolicyTest {

    @Test
    void privateAndLoopbackAddressesAreRecognised() throws Exception {
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fd00::1", "fe80::1"}) {
            assertTrue(SourcePolicy.isPrivate(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
            assertFalse(SourcePolicy.isPrivate(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void literalPrivateHostsAreRefusedWithoutDnsLookups() {
        SourcePolicy policy = SourcePolicy.publicWeb();
        for (String url : new String[] {"http://127.0.0.1/", "http://[::1]:8080/", "http://169.254.169.254/latest/meta-data",
                "http://localhost/", "http://10.0.0.1/admin"}) {
            FetchException e = assertThrows(FetchException.class, () -> policy.check(URI.create(url)), url);
            assertTrue(e.getMessage().contains("private or loopback"), e.getMessage());
        }
    }

    @Test
    void allowedHostsIncludeSubdomainsAndIgnoreWww() {
        SourcePolicy policy = SourcePolicy.publicWeb().withAllowedHosts(Set.of("www.news.test")).withPrivateAddresses(true);
        assertHostAllowed(policy, "https://news.test/a");
        assertHostAllowed(policy, "https://www.news.test/a");
        assertHostAllowed(policy, "https://edition.news.test/a");
        FetchException e = assertThrows(FetchException.class, () -> policy.check(URI.create("https://evilnews.test/a")));
        assertTrue(e.getMessage().contains("not allowed for this source"), e.getMessage());
    }

    @Test
    void symlinksOutOfTheLocalRootAreRefused(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path outside = Files.writeString(dir.resolve("outside.html"), "<p>secret</p>");
        Path link = Files.createSymbolicLink(root.resolve("link.html"), outside);
        SourcePolicy policy = SourcePolicy.localFiles(root);
        assertThrows(FetchException.class, () -> policy.check(link.toUri()));
        assertThrows(FetchException.class, () -> policy.check(root.resolve("../outside.html").toUri()));
        assertDoesNotThrow(() -> policy.check(root.resolve("inside.html").toUri()));
    }

    private static void assertHostAllowed(SourcePolicy policy, String url) {
        assertDoesNotThrow(() -> policy.check(URI.create(url)), url);
    }

    @Test
    void aNamedLocationIsTrustedAndALocalOneMayReadItsOwnFolder(@TempDir Path dir) {
        assertEquals(SourcePolicy.publicWeb(), SourcePolicy.named(URI.create("https://news.test/rss.xml")));
        assertEquals(SourcePolicy.localFiles(dir), SourcePolicy.named(dir.resolve("feed.xml").toUri()));
    }

    @Test
    void aWebDocumentsLinksStayOnItsHostPlusTheAllowedOnes() {
        SourcePolicy own = SourcePolicy.linksOf(URI.create("https://news.test/rss.xml"), Set.of());
        assertEquals(Set.of("news.test"), own.allowedHosts());
        assertEquals(null, own.localRoot());
        assertEquals(Set.of("news.test", "cdn.test"),
                SourcePolicy.linksOf(URI.create("https://news.test/rss.xml"), Set.of("cdn.test")).allowedHosts());
        assertEquals(SourcePolicy.publicWeb(), SourcePolicy.linksOf(URI.create("https://news.test/rss.xml"), Set.of("*")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourcePolicy.linksOf(URI.create("https:///rss.xml"), Set.of()));
        assertTrue(e.getMessage().contains("no host"), e.getMessage());
    }

    @Test
    void theAllowListIncludesThePort() {
        SourcePolicy links = SourcePolicy.linksOf(URI.create("https://news.test/rss.xml"), Set.of("cdn.test:8443"))
                .withPrivateAddresses(true);
        assertHostAllowed(links, "https://news.test/a");
        assertHostAllowed(links, "http://www.news.test:80/a");
        assertHostAllowed(links, "https://cdn.test:8443/a");
        for (String url : new String[] {"http://news.test:6379/", "https://news.test:8443/a", "https://cdn.test/a"}) {
            FetchException e = assertThrows(FetchException.class, () -> links.check(URI.create(url)), url);
            assertTrue(e.getMessage().contains("is not allowed for this source"), e.getMessage());
        }
        SourcePolicy onAPort = SourcePolicy.linksOf(URI.create("http://news.test:8080/rss.xml"), Set.of()).withPrivateAddresses(true);
        assertEquals(Set.of("news.test:8080"), onAPort.allowedHosts());
        assertHostAllowed(onAPort, "http://news.test:8080/a");
        assertThrows(FetchException.class, () -> onAPort.check(URI.create("http://news.test:8081/a")));
    }

    @Test
    void aLocalDocumentsLinksMayBeFilesBesideItOrTheWeb(@TempDir Path dir) {
        URI feed = dir.resolve("feed.xml").toUri();
        assertEquals(SourcePolicy.publicWeb().withLocalRoot(dir), SourcePolicy.linksOf(feed, Set.of()));
        assertEquals(SourcePolicy.publicWeb().withLocalRoot(dir).withAllowedHosts(Set.of("news.test")),
                SourcePolicy.linksOf(feed, Set.of("news.test")));
    }
}
