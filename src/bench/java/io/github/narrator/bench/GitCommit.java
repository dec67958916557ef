package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/** Which commit the running jar was built from, when it sits in a git checkout, so reports can be compared. */
final class GitCommit {

    private GitCommit() {
    }

    /** "1ad1fc7", "1ad1fc7+changes" with uncommitted changes, or "unknown commit" outside a checkout. */
    static String describe() {
        Path dir = codeLocation();
        if (dir == null) {
            return "unknown commit";
        }
        String commit = git(dir, "rev-parse", "--short", "HEAD");
        if (commit == null || commit.isEmpty()) {
            return "unknown commit";
        }
        String changes = git(dir, "status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? commit : commit + "+changes";
    }

    private static @Nullable Path codeLocation() {
        try {
            Path code = Path.of(GitCommit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(code) ? code : code.getParent();
        } catch (Exception e) {
            return null;
        }
    }

    private static @Nullable String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return output;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
