package io.github.narrator.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.files.Json;
import io.github.narrator.verify.Downloader;
import io.github.narrator.verify.Verifier;
import io.github.narrator.verify.VerifyResult;
import io.github.narrator.verify.VerifyText;
import io.github.narrator.watermark.WatermarkDetector;
import io.github.narrator.watermark.WatermarkKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code narrator verify}: is this audio marked as AI-generated, by its metadata and by its watermark? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check audio files (WAV or MP3, any sample rate) or http(s) URLs for Narrator's AI marks: the ID3"
                + " disclosure frames, metadata.json beside the file, and the inaudible watermark in the sound itself,"
                + " which survives re-encoding and excerpts of 30 s or more.",
                "Exit status: 0 when every file is marked, 1 when one is not, 2 when one could not be checked."})
final class VerifyCommand implements Callable<Integer> {

    static final int MARKED = 0;
    static final int NOT_MARKED = 1;
    static final int ERROR = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "WAV or MP3 files, or http(s) URLs of them.")
    List<String> inputs;

    @Option(names = "--json", description = "Print one JSON array, one object per file.")
    boolean json;

    /** Settings: a publisher's narrator.watermark.key is tried beside the published default key. */
    @Mixin
    ConfigOptions options;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "600",
            description = "Audio decoded per file, at most (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--max-windows", paramLabel = "N", defaultValue = "8",
            description = "30-second windows searched per file, at most, spread over it (default: ${DEFAULT-VALUE}).")
    int maxWindows;

    @Option(names = "--speed-search", paramLabel = "PERCENT", defaultValue = "0",
            description = "Also look for the mark in audio played up to this much faster or slower (e.g. 6), when it is"
                    + " not found at its own speed: a few seconds more per file, and twice the false-alarm bound"
                    + " (default: ${DEFAULT-VALUE}, off).")
    double speedSearchPercent;

    @Override
    public Integer call() throws Exception {
        List<WatermarkKey> keys = new ArrayList<>();
        keys.add(WatermarkKey.DEFAULT);
        try {
            NarratorConfig settings = options.load();
            String secret = settings.get("narrator.watermark.key", "");
            if (!secret.isEmpty()) {
                keys.add(WatermarkKey.privateKey(secret));
            }
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("narrator verify: " + e.getMessage());
            return ERROR;
        }
        Verifier verifier = new Verifier(new WatermarkDetector(keys, maxWindows, speedSearchPercent / 100), maxSeconds,
                new Downloader(1L << 30, Duration.ofMinutes(2)));
        java.io.PrintWriter out = spec.commandLine().getOut();
        List<VerifyResult> results = new ArrayList<>();
        for (String input : inputs) {
            VerifyResult result = verifier.verify(input);
            results.add(result);
            if (!json) {
                out.print(VerifyText.render(result));
                out.flush();
            }
        }
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            out.flush();
        }
        return exitCode(results);
    }

    static int exitCode(List<VerifyResult> results) {
        if (results.stream().anyMatch(result -> result.error() != null)) {
            return ERROR;
        }
        return results.stream().allMatch(VerifyResult::marked) ? MARKED : NOT_MARKED;
    }
}
