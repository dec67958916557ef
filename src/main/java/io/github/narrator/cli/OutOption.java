package io.github.narrator.cli;

import java.nio.file.Path;

import io.github.narrator.config.NarratorConfig;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;

/** {@code --out DIR}, for the commands that write narrations or serve them: the same as {@code --set narrator.out=DIR}. */
final class OutOption {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the setting narrator.out, out/).")
    @Nullable Path dir;

    NarratorConfig applyTo(NarratorConfig config) {
        return dir == null ? config : config.with("narrator.out", dir.toString(), "--out");
    }
}
