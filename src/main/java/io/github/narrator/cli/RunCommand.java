package io.github.narrator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.narrator.api.ApiSettings;
import io.github.narrator.api.SubmitApi;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.serve.NarrationServer;
import io.github.narrator.serve.TrustedProxies;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code narrator run}: the batch job, on the sources in routes/. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Narrate every new or changed article the source routes (routes/*.yaml) point at.",
                "Exit status with --once: 0 when nothing failed, 2 when some articles failed (see out/failed/),",
                "1 when it could not start (bad settings or routes), 64 for a wrong command line."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Poll every source once, narrate what it found, then stop.")
    boolean once;

    @Option(names = "--routes", paramLabel = "DIR", description = "Folder of YAML source routes (default: routes/).")
    @Nullable Path routes;

    @Option(names = "--workers", paramLabel = "N", description = "Narration workers (default: one per core).")
    @Nullable Integer workers;

    @Option(names = "--role", paramLabel = "ROLE",
            description = "ingest, worker or both (default). ingest and worker need narrator.queue=artemis.")
    @Nullable String role;

    @Option(names = "--serve", paramLabel = "PORT",
            description = "Also serve out/ (player, feed, audio) on 127.0.0.1:PORT while running; with narrator.api.token"
                    + " set (and without --once), the submit API too.")
    @Nullable Integer servePort;

    @Mixin
    ConfigOptions options;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        NarratorConfig config = options.load(settings -> {
            NarratorConfig applied = out.applyTo(settings);
            if (once) {
                applied = applied.with("narrator.poll.repeat", "1", "--once");
            }
            if (role != null) {
                applied = applied.with("narrator.role", role, "--role");
            }
            if (workers != null) {
                applied = applied.with("narrator.workers", String.valueOf(workers), "--workers");
            }
            return applied;
        });
        Path routesDir = routes != null ? routes : config.routesDir();
        FeedSettings feed = config.feedSettings();
        BaseUrlWarning.print(feed);
        // the submit API needs a pipeline that keeps running: not with --once
        ApiSettings apiSettings = servePort == null || once ? null : ApiSettings.from(config);
        try (NarratorRunner runner = new NarratorRunner(config, routesDir, System.err, Terminal.isInteractive());
             NarrationServer server = servePort == null ? null : new NarrationServer(config.outDir(), "127.0.0.1", servePort,
                     feed.baseUrlSet() ? null : feed.baseUrl(), config.getDuration("narrator.serve.header-timeout"),
                     apiSettings != null && apiSettings.enabled() ? SubmitApis.on(config, apiSettings, runner) : SubmitApi.off(),
                     TrustedProxies.parse(config.get("narrator.serve.trusted-proxies"))).start()) {
            if (server != null) {
                System.err.println("serving " + config.outDir() + " at " + server.uri());
            }
            if (!once) {
                runner.runUntilStopped();
                return 0;
            }
            BatchTracker.Summary summary = runner.runOnce();
            System.out.println(summary);
            if (summary.failed() > 0) {
                System.out.println("failures are recorded in " + config.outDir().resolve("failed"));
            }
            if (summary.narrated() == 0 && summary.failed() == 0) {
                System.out.println("nothing new to narrate");
            }
            return summary.exitCode();
        }
    }
}
