package io.github.narrator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.config.Setting;
import io.github.narrator.config.Settings;
import io.github.narrator.config.SettingsReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrator config}: the settings a command would run with, and where each value came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective settings, one a line: key=value, then where the value came from"
                + " (default, the settings file, --set, or an option such as --out).",
                "Passwords are not shown. The same checks run as for every command: a bad value stops it (exit status 1)."})
final class ConfigCommand implements Callable<Integer> {

    /** Values longer than this push their origin further right rather than every line's. */
    private static final int COLUMN = 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--defaults", description = "Print every setting with its default instead, as a properties file"
            + " (the content of narrator-defaults.properties).")
    boolean defaults;

    @Option(names = "--table", description = "Print the README's settings table (Markdown) instead.")
    boolean table;

    @Mixin
    ConfigOptions options;

    @Mixin
    OutOption out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (defaults || table) {
            stdout.print(defaults ? SettingsReference.defaultsFile() : SettingsReference.markdownTable());
            stdout.flush();
            return 0;
        }
        NarratorConfig config = options.load(out::applyTo);
        Properties values = config.asProperties();
        List<String> lines = new ArrayList<>();
        for (String key : config.keys()) {
            String value = values.getProperty(key).strip();
            boolean secret = Settings.find(key).map(Setting::isSecret).orElse(false);
            lines.add(key + "=" + (secret && !value.isEmpty() ? "(hidden)" : value));
        }
        int width = Math.min(COLUMN, lines.stream().mapToInt(String::length).max().orElse(0));
        int line = 0;
        for (String key : config.keys()) {
            boolean unknown = key.startsWith("narrator.") && Settings.find(key).isEmpty();
            stdout.printf("%-" + width + "s  # %s%s%n", lines.get(line++), config.origin(key), unknown ? ", unknown: ignored" : "");
        }
        stdout.flush();
        return 0;
    }
}
