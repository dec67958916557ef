package io.github.narrator.cli;

/** Whether a person is watching: progress is then redrawn in place instead of logged. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }
}
