package io.github.narrator.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.testing.PollingRoute;

/**
 * One {@code run --once} of the whole Camel pipeline in this JVM, on one source route that reads a
 * feed, sitemap or URL list, with fast retries and short time limits, and loopback allowed (the
 * test's servers are on 127.0.0.1).
 */
final class PipelineRun {

    private final Path work;
    private final Map<String, String> settings = new LinkedHashMap<>();

    PipelineRun(Path work) {
        this.work = work;
        set("narrator.out", out().toString());
        set("narrator.poll.repeat", "1");
        set("narrator.workers", "1");
        set("narrator.fetch.allow-private-addresses", "true");
        set("narrator.fetch.retries", "2");
        set("narrator.fetch.retry-delay", "0.05s");
        set("narrator.fetch.connect-timeout", "2s");
        set("narrator.fetch.read-timeout", "2s");
    }

    PipelineRun set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    Path out() {
        return work.resolve("out");
    }

    /** Polls {@code sourceUrl} once as a source of the given template (e.g. {@code url-list}) and waits for the batch. */
    BatchTracker.Summary once(String template, String sourceUrl) throws Exception {
        return run(PollingRoute.write(work.resolve("routes"), "fault-source", sourceUrl, template));
    }

    /** {@link #once(String, String)} for a source whose links may also go to {@code allowHosts}. */
    BatchTracker.Summary once(String template, String sourceUrl, String allowHosts) throws Exception {
        Path routes = Files.createDirectories(work.resolve("routes"));
        Files.writeString(routes.resolve("fault-source.yaml"), """
                - templatedRoute:
                    routeTemplateRef: %s
                    routeId: fault-source
                    parameters:
                      - {name: url, value: "%s"}
                      - {name: allowHosts, value: "%s"}
                """.formatted(template, sourceUrl, allowHosts));
        return run(routes);
    }

    private BatchTracker.Summary run(Path routes) throws Exception {
        NarratorConfig config = NarratorConfig.load(work.resolve("none.properties"));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            config = config.with(setting.getKey(), setting.getValue());
        }
        try (NarratorRunner runner = new NarratorRunner(config, routes, new PrintStream(PrintStream.nullOutputStream()), false)) {
            return runner.runOnce();
        }
    }

    /** The failure records in out/failed/, by input. */
    Map<String, JsonNode> failures() throws IOException {
        Map<String, JsonNode> failures = new LinkedHashMap<>();
        Path failed = out().resolve("failed");
        if (!Files.isDirectory(failed)) {
            return failures;
        }
        try (Stream<Path> files = Files.list(failed)) {
            for (Path file : files.sorted().toList()) {
                JsonNode record = Json.MAPPER.readTree(file.toFile());
                failures.put(record.get("input").asText(), record);
            }
        }
        return failures;
    }

    /** The published narration folders in out/articles/. */
    List<Path> narrations() throws IOException {
        Path articles = out().resolve("articles");
        if (!Files.isDirectory(articles)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(articles)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
