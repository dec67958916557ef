package io.github.narrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.narrator.config.NarratorConfig;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command takes to choose its settings: defaults, then {@code ./narrator.properties}
 * or {@code --config FILE}, then {@code --set key=value}, then the command's own options. The result is
 * checked before the command does anything: a bad value stops it with one line naming the key, the
 * value and the problem (exit status 1); an unknown {@code narrator.*} key is a warning.
 */
final class ConfigOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./narrator.properties when present).")
    @Nullable Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. --set narrator.wav=true.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** The settings, checked. */
    NarratorConfig load() {
        return load(UnaryOperator.identity());
    }

    /** The settings with the command's own options applied (each naming itself as the value's origin), checked. */
    NarratorConfig load(UnaryOperator<NarratorConfig> commandOptions) {
        NarratorConfig loaded = config == null ? NarratorConfig.load() : NarratorConfig.load(requireFile(config));
        for (var override : overrides.entrySet()) {
            loaded = loaded.with(override.getKey(), override.getValue(), "--set");
        }
        loaded = commandOptions.apply(loaded);
        for (String warning : loaded.warnings()) {
            command.commandLine().getErr().println("narrator " + command.name() + ": " + warning);
        }
        return loaded.validated();
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("settings file " + file + " does not exist");
        }
        return file;
    }
}
