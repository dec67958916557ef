package io.github.narrator.cli;

import io.github.narrator.publish.site.FeedSettings;

/**
 * The warning run, convert and serve print while the feed's links could not work for subscribers
 * elsewhere: no base URL set, a loopback address, or plain http.
 */
final class BaseUrlWarning {

    private BaseUrlWarning() {
    }

    static void print(FeedSettings feed) {
        feed.baseUrlProblem().ifPresent(problem -> System.err.println("warning: " + problem));
    }
}
