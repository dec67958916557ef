package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.api.ApiSettings;
import io.github.narrator.api.Submissions;
import io.github.narrator.api.SubmitApi;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.SampleSites;

/** Forwarded headers count only from the proxies named: from anyone else they would let a client choose its address or our links' host. */
class TrustedProxiesTest {

    private static final String TOKEN = "proxies-test-token-0123456789";

    @TempDir
    Path out;

    @Test
    void takesAddressesBlocksAndRangesAndNamesWhatItCannotRead() {
        assertEquals(List.of("127.0.0.1", "::1"), TrustedProxies.parse(TrustedProxies.LOOPBACK).listed());
        assertEquals(List.of("10.0.0.0/8", "192.168.1.1-192.168.1.9"),
                TrustedProxies.parse(" 10.0.0.0/8 ,, 192.168.1.1-192.168.1.9 ").listed());
        assertEquals(List.of(), TrustedProxies.parse("").listed());

        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
        assertTrue(name.getMessage().contains("'proxy.example'"), name.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/99"));
        assertTrue(bad.getMessage().contains("'10.0.0.0/99'"), bad.getMessage());
    }

    @Test
    void aForwardedHostFromAPeerNotTrustedIsIgnored() throws Exception {
        SampleSites.publishBoth(out);
        FeedSettings unset = SampleSites.settings("");
        new SiteBuilder(out, unset).rebuild();
        try (NarrationServer server = server(unset.baseUrl(), SubmitApi.off(), TrustedProxies.parse(""))) {
            String feed = RawHttp.sendTo(server.port(), "internal:9", "GET", "/feed.xml",
                    "X-Forwarded-Proto: https", "X-Forwarded-Host: elsewhere.example").text();
            assertTrue(feed.contains("http://internal:9/articles/"), "the Host the connection itself sent");
            assertFalse(feed.contains("elsewhere.example"), "not the host a client claimed to be forwarded for");
        }
    }

    @Test
    void aClientNotBehindATrustedProxyCannotBuyAFreshAllowanceWithEachAddressItClaims() throws Exception {
        try (NarrationServer server = server(null, api(1), TrustedProxies.parse(""))) {
            assertEquals(202, post(server, "203.0.113.1"));
            assertEquals(429, post(server, "203.0.113.2"), "the connection's own address has had its one request");
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnAllowance() throws Exception {
        try (NarrationServer server = server(null, api(1), TrustedProxies.parse(TrustedProxies.LOOPBACK))) {
            assertEquals(202, post(server, "203.0.113.1"));
            assertEquals(202, post(server, "203.0.113.2"));
            assertEquals(429, post(server, "203.0.113.1"));
        }
    }

    private NarrationServer server(String writtenBase, SubmitApi api, TrustedProxies proxies) throws Exception {
        return new NarrationServer(out, "127.0.0.1", 0, writtenBase, NarrationServer.DEFAULT_HEADER_TIMEOUT, api, proxies).start();
    }

    private static SubmitApi api(int perMinute) {
        ApiSettings settings = new ApiSettings(TOKEN, SourcePolicy.webHosts(Set.of("news.example")), 1024, 5, perMinute, 100);
        return new SubmitApi(settings, new Submissions(100), (input, policy) -> { }, null);
    }

    private static int post(NarrationServer server, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + "api/narrations"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://news.example/a\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
