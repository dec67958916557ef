package io.github.narrator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the project: the shared benchmark data in {@code ../shared} (not part
 * of a user's clone) or a tool (python3, ffprobe, chromium). The one place a test may be skipped for
 * it: under CI (the {@code CI} environment variable set, as CI services and {@code .ci/run} do) a
 * missing prerequisite fails the test; on a bare machine the test is skipped with one line saying why.
 */
public final class Prerequisites {

    private static final Path SHARED = Path.of("..", "shared");

    private Prerequisites() {
    }

    /** A file or folder under {@code ../shared}, which must exist. */
    public static Path shared(String relativePath) {
        Path path = SHARED.resolve(relativePath);
        require(Files.exists(path), path + " (the shared benchmark data, beside the project)");
        return path;
    }

    /** A command that must run and exit 0 with these arguments, e.g. {@code tool("python3", "--version")}. */
    public static void tool(String... probe) {
        require(runs(probe), probe[0] + " (" + String.join(" ", probe) + " must run)");
    }

    /** An executable file, e.g. Debian's {@code /usr/bin/chromium}. */
    public static void executable(Path file, String installHint) {
        require(Files.isExecutable(file), file + " (" + installHint + ")");
    }

    /** Whether this is a CI run, where nothing may be skipped for want of data or tools. */
    public static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (underCi()) {
            Assertions.fail("missing: " + what + "; CI is set, so this test fails instead of being skipped");
        }
        System.err.println("SKIPPED " + caller() + ": missing " + what);
        Assumptions.abort("missing " + what);
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The test class that asked, for the skip line. */
    private static String caller() {
        List<String> frames = new ArrayList<>();
        StackWalker.getInstance().forEach(frame -> frames.add(frame.getClassName()));
        return frames.stream().filter(name -> !name.equals(Prerequisites.class.getName())).findFirst().orElse("a test");
    }
}
