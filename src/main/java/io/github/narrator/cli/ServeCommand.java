package io.github.narrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.narrator.api.ApiSettings;
import io.github.narrator.api.SubmitApi;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.serve.NarrationServer;
import io.github.narrator.serve.TrustedProxies;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code narrator serve}: the player pages, feed and narrations of the output folder over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the output folder over HTTP: player pages, podcast feed, playlist, audio (with byte ranges),",
                "transcripts, chapters and metadata. The feed and pages are brought up to date first. /health answers 200.",
                "Without narrator.feed.base-url, feed links follow the address each request comes to.",
                "With narrator.api.token set, POST /api/narrations takes article URLs and narrates them here (see README)."})
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
        ApiSettings apiSettings = ApiSettings.from(config); // a token without allowed hosts stops here
        int narrations = new SiteBuilder(outDir, feed, config.sourceFeedSettings()).rebuild();
        // with the API on, serve also runs the pipeline (no source routes): what a client submits is narrated here
        try (NarratorRunner pipeline = apiSettings.enabled() ? new NarratorRunner(config, null, System.err, false) : null) {
            SubmitApi api = pipeline == null ? SubmitApi.off() : SubmitApis.on(config, apiSettings, pipeline);
            if (pipeline != null) {
                pipeline.start();
            }
            serve(config, outDir, feed, narrations, api);
        }
        return 0;
    }

    private static void serve(NarratorConfig config, Path outDir, FeedSettings feed, int narrations, SubmitApi api)
            throws Exception {
        try (NarrationServer server = new NarrationServer(outDir, config.get("narrator.serve.host"),
                config.getInt("narrator.serve.port"), feed.baseUrlSet() ? null : feed.baseUrl(),
                config.getDuration("narrator.serve.header-timeout"), api,
                TrustedProxies.parse(config.get("narrator.serve.trusted-proxies"))).start()) {
            System.out.println("serving " + outDir.toAbsolutePath() + " (" + narrations + " narrations) at " + server.uri());
            System.out.println(SubmitApis.describe(api, server.uri()));
            System.out.println(feed.baseUrlSet() ? "feed and playlist links point at " + feed.baseUrl() + " (narrator.feed.base-url)"
                    : "feed and playlist links point at the address each request comes to (narrator.feed.base-url is not set)");
            BaseUrlWarning.print(feed);
            server.join();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
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
