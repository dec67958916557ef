package io.github.narrator.cli;

import java.io.IOException;
import java.nio.file.Path;

import io.github.narrator.api.ApiSettings;
import io.github.narrator.api.Submissions;
import io.github.narrator.api.SubmitApi;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.NarratorRunner;
import io.github.narrator.publish.site.FeedSettings;

/** The submit API of {@code serve} and {@code run --serve}, joined to the pipeline that narrates what it accepts. */
final class SubmitApis {

    /** Where the statuses are kept across restarts (private: state/ is never served). */
    static final String STATUS_FILE = "api-submissions.json";

    private SubmitApis() {
    }

    /** The API on {@code pipeline} (not yet started), following how each accepted URL goes. */
    static SubmitApi on(NarratorConfig config, ApiSettings settings, NarratorRunner pipeline) throws IOException {
        Path statusFile = config.outDir().resolve("state").resolve(STATUS_FILE);
        Submissions statuses = Submissions.stored(statusFile, settings.statusesKept());
        pipeline.follow(statuses);
        FeedSettings feed = config.feedSettings();
        return new SubmitApi(settings, statuses, pipeline.submissions(), feed.baseUrlSet() ? feed.baseUrl() : null);
    }

    static String describe(SubmitApi api, java.net.URI server) {
        return api.enabled() ? "submit API: POST " + server.resolve(SubmitApi.PATH.substring(1)) + " (bearer token narrator.api.token)"
                : "submit API off (narrator.api.token is not set)";
    }
}
