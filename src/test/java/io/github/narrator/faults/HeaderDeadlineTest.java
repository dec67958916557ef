package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.serve.NarrationServer;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.Slow;

/**
 * A client that sends its request headers a byte at a time, each byte well inside the idle timeout
 * (slowloris), is cut off once the header deadline passes, on its first request or a later one on
 * the same connection; a client that sends its request at once is served as always.
 */
@Slow
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HeaderDeadlineTest {

    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /** Long enough that only the deadline can have ended the connection (the idle timeout is 30 s). */
    private static final long DRIBBLE_MILLIS = 8_000;

    @TempDir
    Path out;

    @Test
    void aClientDribblingItsHeadersIsCutOffAtTheDeadline() throws Exception {
        Files.writeString(out.resolve("index.html"), "<html><body>Narrations</body></html>");
        try (NarrationServer server = new NarrationServer(out, "127.0.0.1", 0, DEADLINE).start()) {
            assertEquals(200, RawHttp.send(server.port(), "GET", "/").status(), "a normal request is served");

            long first = dribble(server.port(), "");
            assertTrue(first < 4_000, "cut off after " + first + " ms on its first request");

            String fastRequest = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
            long later = dribble(server.port(), fastRequest);
            assertTrue(later < 4_000, "cut off after " + later + " ms on a later request of the connection");
        }
    }

    /** Sends {@code first} at once, then a request a byte every 200 ms; returns when the server closed it (ms). */
    private static long dribble(int port, String first) throws IOException, InterruptedException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(50);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(first.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            byte[] slow = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; (System.nanoTime() - start) / 1_000_000 < DRIBBLE_MILLIS; i++) {
                try {
                    out.write(slow[i % slow.length]);
                    out.flush();
                } catch (IOException closed) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                if (closedByServer(in)) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                Thread.sleep(200);
            }
            return DRIBBLE_MILLIS;
        }
    }

    /** Whether the server has closed the connection (a first response, if any, is read past). */
    private static boolean closedByServer(InputStream in) throws IOException {
        try {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                // the fast request's response
            }
            return read < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
