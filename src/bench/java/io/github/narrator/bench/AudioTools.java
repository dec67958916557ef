package io.github.narrator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Debian audio tools the watermark measurements degrade and make test audio with (lame, ffmpeg,
 * sox, espeak-ng). Only measurements and tests use them; Narrator itself runs without.
 */
public final class AudioTools {

    public static final List<String> NEEDED = List.of("lame", "ffmpeg", "sox", "espeak-ng");

    private AudioTools() {
    }

    /** The tools of {@link #NEEDED} that are not on the PATH. */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String tool : NEEDED) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        return missing;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command, failing with its own error output when it fails or takes over two minutes. */
    static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " took over two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            String message = new String(output, StandardCharsets.UTF_8).strip();
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                    + message.substring(Math.max(0, message.length() - 500)));
        }
    }

    /** {@code seconds} of a file from {@code offset}, as 16 kHz mono 16-bit WAV. */
    static void excerpt(Path source, double offset, double seconds, Path wav) throws IOException {
        run("ffmpeg", "-v", "error", "-y", "-ss", String.format(java.util.Locale.ROOT, "%.3f", offset),
                "-t", String.format(java.util.Locale.ROOT, "%.3f", seconds), "-i", source.toString(),
                "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", wav.toString());
    }
}
