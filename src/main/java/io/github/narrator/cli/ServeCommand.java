package io.github.narrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.serve.NarrationServer;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code narrator serve}: the player pages, feed and narrations of the output folder over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the output folder over HTTP: player pages, podcast feed, playlist, audio (with byte ranges),",
                "transcripts, chapters and metadata. The feed and pages are brought up to date first. /health answers 200.",
                "Without narrator.feed.base-url, feed links follow the address each request comes to."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: the setting narrator.serve.port).")
    @Nullable Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: the setting narrator.serve.host, this machine only; 0.0.0.0 for every interface).")
    @Nullable String host;

    @Mixin
    ConfigOptions options;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        NarratorConfig config = settings();
        Path outDir = Files.createDirectories(config.outDir());
        FeedSettings feed = config.feedSettings();
        int narrations = new SiteBuilder(outDir, feed, config.sourceFeedSettings()).rebuild();
        try (NarrationServer server = new NarrationServer(outDir, config.get("narrator.serve.host"),
                config.getInt("narrator.serve.port"), feed.baseUrlSet() ? null : feed.baseUrl(),
                config.getDuration("narrator.serve.header-timeout")).start()) {
            System.out.println("serving " + outDir.toAbsolutePath() + " (" + narrations + " narrations) at " + server.uri());
            System.out.println(feed.baseUrlSet() ? "feed and playlist links point at " + feed.baseUrl() + " (narrator.feed.base-url)"
                    : "feed and playlist links point at the address each request comes to (narrator.feed.base-url is not set)");
            BaseUrlWarning.print(feed);
            server.join();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The settings with --out, --port and --host applied. */
    NarratorConfig settings() {
        return options.load(settings -> {
            NarratorConfig applied = out.applyTo(settings);
            if (port != null) {
                applied = applied.with("narrator.serve.port", String.valueOf(port), "--port");
            }
            return host == null ? applied : applied.with("narrator.serve.host", host, "--host");
        });
    }
}
