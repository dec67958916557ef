package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.testing.RawHttp;
import io.github.narrator.testing.SampleSites;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void servesOnThisMachineOnly_onPort8080_fromOut_byDefault() {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs();
        NarratorConfig settings = command.settings();
        assertEquals(8080, settings.getInt("narrator.serve.port"));
        assertEquals("127.0.0.1", settings.get("narrator.serve.host"));
        assertEquals(Path.of("out"), settings.outDir());
    }

    @Test
    void optionsOverrideTheSettingsAndSaySo() {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs("--port", "9090", "--set", "narrator.serve.host=0.0.0.0", "--out", "site");
        NarratorConfig settings = command.settings();
        assertEquals(9090, settings.getInt("narrator.serve.port"));
        assertEquals("--port", settings.origin("narrator.serve.port"));
        assertEquals("0.0.0.0", settings.get("narrator.serve.host"));
        assertEquals("--set", settings.origin("narrator.serve.host"));
        assertEquals(Path.of("site"), settings.outDir());
    }

    @Test
    void rebuildsTheSiteThenServesItUntilInterrupted(@TempDir Path out) throws Exception {
        SampleSites.publishBoth(out);
        int port = freePort();
        AtomicReference<Object> result = new AtomicReference<>();
        Thread serving = new Thread(() -> {
            try {
                result.set(new CommandLine(new ServeCommand()).execute("--port", String.valueOf(port), "--out", out.toString()));
            } catch (RuntimeException e) {
                result.set(e);
            }
        });
        serving.start();
        try {
            RawHttp.Response health = waitForHealth(port);
            assertEquals(200, health.status());
            assertTrue(Files.isRegularFile(out.resolve("feed.xml")), "the feed was rebuilt before serving");
            RawHttp.Response page = RawHttp.send(port, "GET", "/");
            assertTrue(page.text().contains(SampleSites.HEATWAVE.title().split(":")[0]));
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertFalse(serving.isAlive(), "interrupting stops the server");
        assertEquals(0, result.get());
    }

    private static RawHttp.Response waitForHealth(int port) throws Exception {
        IOException last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                return RawHttp.send(port, "GET", "/health");
            } catch (IOException notYet) {
                last = notYet;
                Thread.sleep(50);
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
