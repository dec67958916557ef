package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.serve.NarrationServer;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.SampleSites;
import io.github.narrator.testing.Slow;

/**
 * {@code narrator serve} under attack from 127.0.0.1: every traversal spelling (plain, percent-,
 * double- and overlong-encoded dots and slashes, backslashes, path parameters, NUL bytes, absolute
 * paths, symbolic links out of out/) times every starting folder and depth; malformed, oversized and
 * smuggling requests and Range headers; 10,000 range requests from 200 concurrent clients; 300
 * connections that never finish their request. Nothing outside out/ or private in it is ever sent,
 * no request gets a 5xx, every range is exact, and memory and threads stay bounded.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@Slow
class ServerHostilityTest {

    private static final String SECRET = "SERVER-SECRET-91c2";
    private static final String AUDIO = "/articles/" + SampleSites.HEATWAVE.slug() + "/narration.mp3";

    @TempDir
    static Path root;
    private static Path out;
    private static NarrationServer server;
    private static byte[] audio;

    @BeforeAll
    static void serve() throws Exception {
        out = Files.createDirectories(root.resolve("out"));
        SampleSites.publishBoth(out);
        Files.writeString(root.resolve("secret.txt"), SECRET);
        Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(root.resolve("elsewhere/secret.txt"), SECRET);
        for (String privateFile : List.of("state/narrated/abc.json", "failed/page.json", ".staging/x.tmp-1/narration.mp3",
                ".retired/y.tmp-2/metadata.json", "articles/.metadata.json.tmp-3", ".run.lock", ".site.lock")) {
            Files.createDirectories(out.resolve(privateFile).getParent());
            Files.writeString(out.resolve(privateFile), SECRET);
        }
        Files.createSymbolicLink(out.resolve("link-to-secret.txt"), root.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("articles/link-out"), root.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("link-to-root"), Path.of("/"));
        Files.createSymbolicLink(out.resolve("articles/link-to-state"), out.resolve("state"));
        audio = Files.readAllBytes(out.resolve(AUDIO.substring(1)));
        server = new NarrationServer(out, "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    // ---- path traversal ----

    static List<String> traversals() {
        String[] ups = {"../", "..%2f", "..%2F", "%2e%2e/", "%2E%2E%2F", ".%2e/", "%2e./", "..%252f", "%252e%252e/", "%252e%252e%252f",
            "..\\", "..%5c", "%2e%2e%5c", "..%c0%af", "%c0%ae%c0%ae/", "..;/", ";/../", "..%00/", "..%2500/", ".../", "....//",
            "%ef%bc%8e%ef%bc%8e/", "..%ef%bc%8f", "%2e%2e%c0%2f", "..%u2215", "..%e2%88%95", "./../", "..//", "..%09/", "%20../"};
        String[] starts = {"/", "/articles/", "/articles/" + SampleSites.HEATWAVE.slug() + "/", "/assets/", "/nowhere/"};
        String[] targets = {"secret.txt", "elsewhere/secret.txt", "etc/passwd", "out/state/narrated/abc.json"};
        List<String> paths = new ArrayList<>();
        for (String start : starts) {
            for (String up : ups) {
                for (int depth : new int[] {1, 3, 8}) {
                    for (String target : targets) {
                        paths.add(start + up.repeat(depth) + target);
                    }
                }
            }
        }
        String absolute = root.resolve("secret.txt").toString();
        paths.addAll(List.of("/" + absolute, "//" + absolute, "/%2f" + absolute.substring(1), "/%252f" + absolute.substring(1),
                "/./" + absolute, "/articles/../../" + absolute, "file://" + absolute, "http://127.0.0.1" + absolute,
                "http://127.0.0.1/../../secret.txt", "/etc/passwd", "//etc/passwd", "/%2fetc%2fpasswd", "/\\etc\\passwd",
                "/link-to-secret.txt", "/articles/link-out/secret.txt", "/link-to-root/etc/passwd", "/articles/link-to-state/narrated/abc.json",
                "/state/narrated/abc.json", "/STATE/narrated/abc.json", "/./state/narrated/abc.json", "//state/narrated/abc.json",
                "/articles/../state/narrated/abc.json", "/%73tate/narrated/abc.json", "/state%2fnarrated%2fabc.json",
                "/failed/page.json", "/%66ailed/page.json", "/.staging/x.tmp-1/narration.mp3", "/%2estaging/x.tmp-1/narration.mp3",
                "/.retired/y.tmp-2/metadata.json", "/articles/.metadata.json.tmp-3", "/articles/%2emetadata.json.tmp-3", "/.run.lock",
                "/%2erun.lock", "/.site.lock", "/feed.xml%00.txt", "/feed.xml%00/../secret.txt", "/feed.xml/../../secret.txt",
                "/feed.xml;jsessionid=1/../../secret.txt", "/articles/%2e%2e/%2e%2e/secret.txt?x=../secret.txt",
                "/articles/#/../../secret.txt", "/articles/%23/../../secret.txt", "/" + "a/".repeat(2000) + "../".repeat(2001) + "secret.txt"));
        return paths;
    }

    @Test
    void noTraversalSpellingReachesAnythingOutsideOrPrivate() throws Exception {
        List<String> paths = traversals();
        assertTrue(paths.size() > 1500, paths.size() + " paths");
        for (String path : paths) {
            for (String method : new String[] {"GET", "HEAD"}) {
                Answer answer = raw(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                assertFalse(answer.text().contains(SECRET), method + " " + path + " leaked: " + answer.head());
                assertFalse(answer.text().contains("root:x:0:0"), method + " " + path + " leaked /etc/passwd");
                assertTrue(answer.status() < 500, method + " " + path + " → " + answer.head());
            }
        }
        assertEquals(200, raw("GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status(), "the server is still up");
    }

    @Test
    void rawNulBytesAndControlCharactersInTheRequestLineAreRefused() throws Exception {
        for (String path : List.of("/feed.xml\0.mp3", "/\0/../secret.txt", "/articles/\u0001../../secret.txt", "/feed.xml\r\n../secret.txt",
                "/../secret.txt\u007f", "/ff\u00ff/../../secret.txt")) {
            Answer answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertFalse(answer.text().contains(SECRET), path + " leaked");
            assertTrue(answer.status() == -1 || (answer.status() >= 400 && answer.status() < 500) || answer.status() == 505,
                    path + " → " + answer.head());
        }
    }

    // ---- malformed requests and headers ----

    @Test
    void malformedRequestsAreAnsweredWithoutServerErrors() throws Exception {
        String ok = "GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\n";
        List<String> requests = new ArrayList<>(List.of(
                "GET " + AUDIO + " HTTP/1.1\r\n\r\n",                                          // no Host
                "GET " + AUDIO + "\r\n\r\n",                                                     // HTTP/0.9
                "GET " + AUDIO + " HTTP/2.0\r\nHost: x\r\n\r\n",
                "GET " + AUDIO + " HTTP/1.1 extra\r\nHost: x\r\n\r\n",
                "GET  " + AUDIO + "  HTTP/1.1\r\nHost: x\r\n\r\n",
                "G\u0000ET " + AUDIO + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "BREW " + AUDIO + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
                "GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n",
                ok + "X-Big: " + "a".repeat(1 << 20) + "\r\n\r\n",
                ok + "X-Many: 1\r\n".repeat(10_000) + "\r\n",
                ok + "Content-Length: -1\r\n\r\n",
                ok + "Content-Length: 99999999999999999999\r\n\r\n",
                ok + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
                ok + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /state/narrated/abc.json HTTP/1.1\r\nHost: x\r\n\r\n",
                ok + "Transfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
                ok + "Transfer-Encoding: xchunked\r\n\r\n",
                ok + "Expect: 100-continue\r\nContent-Length: 1000000\r\n\r\n",
                ok + "Host: y\r\n\r\n",
                ok + "Connection: close\r\nHost:\r\n\r\n",
                "\r\n\r\n\r\n" + ok + "\r\n",
                "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003"));                // a TLS hello on plain HTTP
        for (String range : List.of("bytes=0-0," + "0-0,".repeat(5000) + "0-0", "bytes=99999999999999999999-", "bytes=-0", "bytes=5-1",
                "bytes=--1", "bytes=0-1,", "items=0-1", "bytes = 0 - 1", "bytes=0-1;x", "bytes=" + "9".repeat(100_000) + "-",
                "bytes=0-\u0000", "bytes=\u00ff-1", "bytes=1-0,2-1", "bytes=-", "bytes=,,,,", "bytes=0-1, 0-1, 0-1, 0-1, 0-1",
                "bytes=18446744073709551615-18446744073709551616", "bytes=-9223372036854775808", "bytes=0x10-0x20")) {
            requests.add(ok + "Range: " + range + "\r\n\r\n");
            requests.add(ok + "Range: " + range + "\r\nIf-Range: \"garbage\r\n\r\n");
        }
        requests.add(ok + "Range: bytes=0-1\r\nRange: bytes=2-3\r\n\r\n");
        requests.add(ok + "If-Range: " + "W/".repeat(10_000) + "\"x\"\r\nRange: bytes=0-1\r\n\r\n");
        requests.add(ok + "If-None-Match: " + "\"a\",".repeat(20_000) + "\"b\"\r\n\r\n");
        requests.add(ok + "If-Modified-Since: Sat, 99 Foo 99999 99:99:99 GMT\r\n\r\n");
        for (String request : requests) {
            Answer answer = raw(request.contains("Connection:") ? request : request.replaceFirst("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
            String shown = request.length() > 120 ? request.substring(0, 120) + "…" : request;
            // 505 is the protocol's own refusal of a request line that is not HTTP/1.x; any other 5xx is a server fault.
            assertTrue(answer.status() < 500 || answer.status() == 505, shown + " → " + answer.head());
            assertFalse(answer.text().contains(SECRET), shown + " leaked");
            if (answer.status() == 206) {
                assertTrue(answer.body().length <= audio.length * 2L, "a range answer is never larger than twice the file");
            }
        }
        assertEquals(200, raw(ok + "Connection: close\r\n\r\n").status(), "the server is still up");
    }

    // ---- load ----

    @Test
    void tenThousandRangeRequestsFrom200ConcurrentClientsGetExactBytesInBoundedMemory() throws Exception {
        int clients = 200;
        int perClient = 50;
        long heapBefore = usedHeapAfterGc();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger serverThreadsPeak = new AtomicInteger();
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long seed = c;
                work.add(() -> {
                    Random random = new Random(seed);
                    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                        socket.setSoTimeout(30_000);
                        InputStream in = socket.getInputStream();
                        OutputStream outStream = socket.getOutputStream();
                        for (int r = 0; r < perClient; r++) {
                            int first = random.nextInt(audio.length);
                            int last = Math.min(audio.length - 1, first + random.nextInt(64 * 1024));
                            outStream.write(("GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\nRange: bytes=" + first + "-" + last + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                            outStream.flush();
                            Answer answer = Answer.read(in, false);
                            assertEquals(206, answer.status(), answer.head());
                            assertEquals("bytes " + first + "-" + last + "/" + audio.length, answer.header("content-range"));
                            assertArrayEquals(Arrays.copyOfRange(audio, first, last + 1), answer.body());
                            exact.incrementAndGet();
                        }
                    }
                    serverThreadsPeak.accumulateAndGet(serverThreads(), Math::max);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(clients * perClient, exact.get());
        long grown = usedHeapAfterGc() - heapBefore;
        System.out.printf("server load: %d range requests from %d clients, heap growth %d KB, peak server threads %d%n",
                exact.get(), clients, grown / 1024, serverThreadsPeak.get());
        assertTrue(grown < 64L * 1024 * 1024, "heap grew by " + grown / 1024 + " KB");
        assertTrue(serverThreadsPeak.get() <= 200, "server threads: " + serverThreadsPeak.get());
    }

    @Test
    void threeHundredConnectionsThatNeverFinishTheirRequestDoNotStopOthers() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write(("GET " + AUDIO + " HTTP/1.1\r\nHost: x\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            RawHttp.Response normal = RawHttp.send(server.port(), "GET", AUDIO, "Range: bytes=0-99");
            assertEquals(206, normal.status());
            assertArrayEquals(Arrays.copyOfRange(audio, 0, 100), normal.body());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    // ---- a raw HTTP/1.1 client that tolerates anything ----

    record Answer(int status, String head, byte[] body) {

        String text() {
            return head + new String(body, StandardCharsets.ISO_8859_1);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        /** Reads one response; status -1 when the server closed the connection without answering. */
        static Answer read(InputStream in, boolean toTheEnd) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                head.write(b);
                matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
                if (matched == 4) {
                    break;
                }
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.")) {
                return new Answer(-1, text, new byte[0]);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            Answer headOnly = new Answer(status, text, new byte[0]);
            String length = headOnly.header("content-length");
            byte[] body;
            if (length != null && !toTheEnd) {
                body = in.readNBytes(Integer.parseInt(length));
            } else {
                body = toTheEnd ? in.readAllBytes() : new byte[0];
            }
            return new Answer(status, text, body);
        }
    }

    private static Answer raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                socket.shutdownOutput(); // nothing more is coming: the server need not wait for it
            } catch (IOException refusedMidRequest) {
                // the server may close a connection whose request is already bad before it is all sent
            }
            try {
                return Answer.read(socket.getInputStream(), true);
            } catch (IOException reset) {
                return new Answer(-1, "(connection reset)", new byte[0]);
            }
        }
    }

    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("narrator-serve")).count();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
