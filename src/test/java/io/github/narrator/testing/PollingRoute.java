package io.github.narrator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source route as a user writes one (Camel YAML DSL): a timer that hands one URL to one of the
 * pipeline's entry points at every poll ({@code run --once}: once).
 */
public final class PollingRoute {

    private PollingRoute() {
    }

    /** Writes {@code routesDir/<id>.yaml} and returns the folder, created if need be. */
    public static Path write(Path routesDir, String id, String url, String entryPoint) throws IOException {
        Files.createDirectories(routesDir);
        Files.writeString(routesDir.resolve(id + ".yaml"), """
                - route:
                    id: %1$s
                    from:
                      uri: timer:%1$s
                      parameters:
                        repeatCount: "{{narrator.poll.repeat}}"
                        delay: 0
                      steps:
                        - setBody:
                            expression:
                              constant:
                                expression: "%2$s"
                        - to:
                            uri: %3$s
                """.formatted(id, url, entryPoint));
        return routesDir;
    }
}
