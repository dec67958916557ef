package io.github.narrator.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import io.github.narrator.publish.site.FeedSettings;

/** Two published narrations and the channel settings most site, feed and server tests start from. */
public final class SampleSites {

    public static final String BASE_URL = "https://listen.gazette.test/audio";

    public static final PublishedSamples.Sample HEATWAVE = new PublishedSamples.Sample("heatwave-cooling-1a2b3c4d",
            "https://gazette.test/2026/07/01/heatwave-cooling", "Heatwave: city opens cooling centres",
            OffsetDateTime.parse("2026-07-01T09:00:00+02:00"),
            List.of("Heatwave: city opens cooling centres.", "By Jane Reporter.", "This audio is created with AI assistance.",
                    "The city opened twelve cooling centres on Monday.", "Temperatures are expected to pass 38 degrees.",
                    "What to do.", "Drink water often & check on neighbours.", "Libraries stay open until ten."),
            List.of(0, 5), List.of("Introduction", "What to do"), 8.0);

    public static final PublishedSamples.Sample FERRY = new PublishedSamples.Sample("ferry-contract-5e6f7a8b",
            "https://gazette.test/2026/06/20/ferry-contract", "Ferry contract goes to <local> yard",
            OffsetDateTime.parse("2026-06-20T09:00:00Z"),
            List.of("Ferry contract goes to local yard.", "The council chose the bid on Friday.", "Work starts in spring."),
            List.of(0), List.of("Introduction"), 4.0);

    private SampleSites() {
    }

    public static FeedSettings settings() {
        return settings(BASE_URL);
    }

    public static FeedSettings settings(String baseUrl) {
        return new FeedSettings(baseUrl, "Gazette, narrated", "Articles of The Test Gazette read aloud.", "https://gazette.test/",
                "en", "The Test Gazette", "Gazette audio desk", "audio@gazette.test", "", "News", "Daily News", false,
                PublishedSamples.LABEL);
    }

    /** Publishes both samples into {@code out}. */
    public static void publishBoth(Path out) throws IOException {
        PublishedSamples.publish(out, HEATWAVE);
        PublishedSamples.publish(out, FERRY);
    }
}
