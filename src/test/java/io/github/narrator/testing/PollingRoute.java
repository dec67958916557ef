package io.github.narrator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source route as a user writes one: an instance of one of Narrator's source templates ({@code feed},
 * {@code sitemap}, {@code url-list}) that reads one URL at every poll ({@code run --once}: once).
 */
public final class PollingRoute {

    private PollingRoute() {
    }

    /** Writes {@code routesDir/<id>.yaml} and returns the folder, created if need be. */
    public static Path write(Path routesDir, String id, String url, String template) throws IOException {
        Files.createDirectories(routesDir);
        Files.writeString(routesDir.resolve(id + ".yaml"), """
                - templatedRoute:
                    routeTemplateRef: %3$s
                    routeId: %1$s
                    parameters:
                      - {name: url, value: "%2$s"}
                """.formatted(id, url, template));
        return routesDir;
    }
}
