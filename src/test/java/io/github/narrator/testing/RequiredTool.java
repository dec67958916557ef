package io.github.narrator.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A Debian tool a test checks Narrator's output with (ffprobe, ffmpeg...). On a user's machine
 * without it the test is skipped with a one-line reason; under CI (environment variable {@code CI}
 * set) it fails, since {@code .ci/run} installs it.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    public static void require(String command, String versionFlag) {
        if (runs(command, versionFlag)) {
            return;
        }
        String reason = command + " is not installed";
        if (System.getenv("CI") != null) {
            fail(reason + " (CI must install it: see .ci/run)");
        }
        assumeTrue(false, reason);
    }

    /** Whether {@code command versionFlag} runs and succeeds here. */
    public static boolean runs(String command, String versionFlag) {
        try {
            Process process = new ProcessBuilder(command, versionFlag).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
