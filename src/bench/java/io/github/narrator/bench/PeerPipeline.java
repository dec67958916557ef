package io.github.narrator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The do-it-yourself peer Narrator is compared with: a shell pipeline of Readability (npm, run by
 * node with jsdom), espeak-ng and lame, two pages at a time ({@code peer-narrate.sh} beside this
 * class). Its tools are not Narrator's dependencies: when they are missing the peer is skipped.
 * Install them once with
 * <pre>
 * apt-get install -y espeak-ng lame nodejs npm
 * npm install --prefix ~/.cache/narrator-bench/peer @mozilla/readability@0.6.0 jsdom@26.1.0
 * </pre>
 */
final class PeerPipeline {

    static final Path DEFAULT_HOME = Path.of(System.getProperty("user.home"), ".cache", "narrator-bench", "peer");
    static final String NOT_AVAILABLE = "peer: not available (install espeak-ng, lame, node; then npm install --prefix "
            + "~/.cache/narrator-bench/peer @mozilla/readability@0.6.0 jsdom@26.1.0)";
    private static final List<String> TOOLS = List.of("espeak-ng", "lame", "node", "bash", "xargs");
    private static final List<String> MODULES = List.of("jsdom", "@mozilla/readability");

    private final Path nodeModules;
    private final Path scripts;

    private PeerPipeline(Path nodeModules, Path scripts) {
        this.nodeModules = nodeModules;
        this.scripts = scripts;
    }

    /** The peer, with its scripts unpacked into {@code workDir}, or empty when a tool or module is missing. */
    static Optional<PeerPipeline> find(Path home, Path workDir) throws IOException {
        Path nodeModules = home.resolve("node_modules");
        boolean ready = TOOLS.stream().allMatch(PeerPipeline::onPath)
                && MODULES.stream().allMatch(module -> Files.isDirectory(nodeModules.resolve(module)));
        if (!ready) {
            return Optional.empty();
        }
        Path scripts = Files.createDirectories(workDir.resolve("peer-scripts"));
        unpack("peer-narrate.sh", scripts);
        unpack("peer-extract.cjs", scripts);
        return Optional.of(new PeerPipeline(nodeModules, scripts));
    }

    /** Narrates every page in {@code pagesDir} into {@code outDir}; returns the wall time in seconds. */
    double narrate(Path pagesDir, Path outDir, int expectedPages) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("bash", scripts.resolve("peer-narrate.sh").toString(),
                pagesDir.toString(), outDir.toString(), nodeModules.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        String errors = new String(process.getErrorStream().readAllBytes());
        int status = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IOException("the peer pipeline exited with " + status + ": " + errors);
        }
        long made;
        try (Stream<Path> files = Files.list(outDir)) {
            made = files.filter(file -> file.toString().endsWith(".mp3")).count();
        }
        if (made != expectedPages) {
            throw new IOException("the peer pipeline made " + made + " MP3s of " + expectedPages + " pages");
        }
        return wall;
    }

    private static void unpack(String name, Path dir) throws IOException {
        try (InputStream in = PeerPipeline.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the jar");
            }
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
