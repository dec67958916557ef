package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FFmpeg's EBU R128 meter ({@code ebur128=peak=true}), an independent reading of what Narrator
 * writes. Without ffmpeg a test is skipped on a user's machine and fails under CI (env CI set).
 */
final class Ebur128 {

    /** Integrated loudness (LUFS) and true peak (dBTP) of a file. */
    record Reading(double integratedLufs, double truePeakDbtp) {
    }

    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");
    private static final Pattern PEAK = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    private Ebur128() {
    }

    static void requireFfmpeg() {
        boolean available;
        try {
            Process process = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            available = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            available = false;
        }
        if (!available && System.getenv("CI") != null) {
            fail("ffmpeg is needed to measure loudness (apt-get install ffmpeg); CI must have it");
        }
        assumeTrue(available, "ffmpeg is not installed: loudness not measured");
    }

    static Reading of(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostats", "-i", file.toString(),
                "-af", "ebur128=peak=true", "-f", "null", "-").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffmpeg could not measure " + file + ":\n" + output);
        }
        String summary = output.substring(Math.max(0, output.lastIndexOf("Summary:")));
        Matcher integrated = INTEGRATED.matcher(summary);
        Matcher peak = PEAK.matcher(summary);
        if (!integrated.find() || !peak.find()) {
            throw new IOException("no R128 summary from ffmpeg for " + file + ":\n" + summary);
        }
        return new Reading(Double.parseDouble(integrated.group(1)),
                peak.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(peak.group(1)));
    }
}
