package io.github.narrator.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for fresh JVMs running Narrator's own classes: the same Java, class path and, unless
 * told otherwise, the same heap options as this JVM (which the launcher gave it), so a child measures
 * what {@code ./narrator} would do.
 */
final class ChildJvm {

    private final List<String> jvmOptions;

    /** With this JVM's own heap and GC options. */
    ChildJvm() {
        this(ownHeapOptions());
    }

    ChildJvm(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The options of this JVM that size its heap, choose its collector or share class data, as the launcher set them. */
    static List<String> ownHeapOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(ChildJvm::isLauncherOption)
                .toList();
    }

    static boolean isLauncherOption(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss")
                || option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-XX:") && (option.contains("GC") || option.contains("Heap") || option.contains("RAM"));
    }

    /** These options without class-data sharing: what sizes the heap. */
    static List<String> heapOnly(List<String> options) {
        return options.stream().filter(option -> !isSharing(option)).toList();
    }

    /** The same JVM with other heap options (class-data sharing kept as it is). */
    ChildJvm withHeap(List<String> heapOptions) {
        List<String> options = new ArrayList<>(heapOptions);
        jvmOptions.stream().filter(ChildJvm::isSharing).forEach(options::add);
        return new ChildJvm(options);
    }

    private static boolean isSharing(String option) {
        return option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile");
    }

    ProcessBuilder command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** Runs to the end and returns its standard output; fails with its error output when it fails. */
    String run(String mainClass, List<String> args) throws IOException, InterruptedException {
        Process process = command(mainClass, args).redirectErrorStream(false).start();
        process.getOutputStream().close();
        // drain stderr on its own thread so a chatty child never blocks on a full pipe
        StringBuilder errors = new StringBuilder();
        Thread drain = new Thread(() -> {
            try {
                errors.append(new String(process.getErrorStream().readAllBytes()));
            } catch (IOException ignored) {
                // the child is gone; its exit status says the rest
            }
        });
        drain.start();
        String output = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        drain.join();
        if (status != 0) {
            throw new IOException(mainClass + " " + args + " exited with " + status + ":\n" + errors);
        }
        return output;
    }
}
