package io.github.narrator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Times {@code narrator convert PAGE} in a fresh JVM, as a user starts it (through the {@code narrator}
 * launcher when the bench was started by it): the whole command, and
 * the moment the first MP3 bytes reach the disk in the output folder (the encoder's output is
 * buffered 64 KiB at a time, about 11 s of audio at 48 kb/s, a few tens of milliseconds of work).
 */
final class StartupProbe {

    private static final String COMMAND = "io.github.narrator.cli.NarratorCommand";

    /**
     * @param firstAudioSeconds from the start of the process to the first MP3 byte on disk
     * @param firstAudioCpuSeconds the CPU time the process had used by then, all its threads together (NaN
     *                             where the system does not tell): unlike wall time, it hardly grows on a busy machine
     */
    record Result(double wallSeconds, double firstAudioSeconds, double firstAudioCpuSeconds) {
    }

    private StartupProbe() {
    }

    /**
     * @param launcher the {@code narrator} script to start, as a user does (it chooses the JVM's
     *                 options per command); null to start {@code jvm} directly
     */
    static Result run(@Nullable Path launcher, ChildJvm jvm, Path page, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> args = List.of("convert", page.toString(), "--out", outDir.toString());
        ProcessBuilder builder = launcher == null ? jvm.command(COMMAND, args) : launcherCommand(launcher, args);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        double firstAudio = Double.NaN;
        double firstAudioCpu = Double.NaN;
        Path staging = outDir.resolve(".staging");
        while (process.isAlive()) {
            // a look every 5 ms costs the child next to nothing: narrations are staged in out/.staging
            if (Double.isNaN(firstAudio) && Files.isDirectory(staging) && hasAudio(staging)) {
                firstAudio = (System.nanoTime() - start) / 1e9;
                firstAudioCpu = process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
            }
            Thread.sleep(5);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException("narrator convert " + page + " exited with " + process.exitValue());
        }
        if (Double.isNaN(firstAudio)) {
            throw new IOException("narrator convert " + page + " ended before any MP3 byte was seen in " + outDir);
        }
        return new Result(wall, firstAudio, firstAudioCpu);
    }

    private static ProcessBuilder launcherCommand(Path launcher, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** The launcher that started this bench ({@code -Dnarrator.launcher}), when it is there. */
    static @Nullable Path launcher() {
        String path = System.getProperty("narrator.launcher");
        return path != null && Files.isExecutable(Path.of(path)) ? Path.of(path) : null;
    }

    private static boolean hasAudio(Path outDir) throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            return files.anyMatch(file -> file.getFileName().toString().contains(".mp3") && size(file) > 0);
        } catch (UncheckedIOException | java.nio.file.NoSuchFileException vanished) {
            return false; // a staging file was renamed while we looked: try again
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException vanished) {
            return 0;
        }
    }
}
