package io.github.narrator.cli;

import java.nio.file.Path;

import io.github.narrator.config.NarratorConfig;
import picocli.CommandLine.Option;

/** Options every command that writes shares: the settings file and the output folder. */
final class ConfigOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: out/, or narrator.out).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./narrator.properties when present).")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. --set narrator.wav=true.")
    java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();

    NarratorConfig load() {
        NarratorConfig loaded = config == null ? NarratorConfig.load() : NarratorConfig.load(requireFile(config));
        for (var override : overrides.entrySet()) {
            loaded = loaded.with(override.getKey(), override.getValue());
        }
        return out == null ? loaded : loaded.with("narrator.out", out.toString());
    }

    private static Path requireFile(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("settings file " + file + " does not exist");
        }
        return file;
    }
}
