package io.github.narrator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.script.ScriptSettings;
import io.github.narrator.script.normalize.Lexicon;
import io.github.narrator.speech.LexiconCheck;
import io.github.narrator.speech.Pronouncer;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code narrator lexicon check}: whether the voice says every entry of the pronunciation lexicon as meant. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Work with the pronunciation lexicon.",
        subcommands = LexiconCommand.Check.class)
final class LexiconCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Says every entry to the voice (without sound) and lists those that change nothing "
                    + "(the voice already says the word so) or that it cannot say as written.",
                "Exit status 1 when any entry is listed."})
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The lexicon (default: the narrator.lexicon setting).")
        @Nullable Path file;

        @Mixin
        ConfigOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NarratorConfig config = options.load();
            ScriptSettings settings = config.scriptSettings();
            Lexicon lexicon = (file == null ? settings : settings.withLexiconFile(file)).lexicon();
            List<LexiconCheck.Finding> findings;
            try (Pronouncer pronouncer = new Pronouncer(config.voiceSettings().voiceName())) {
                findings = new LexiconCheck(pronouncer).check(lexicon);
            }
            PrintWriter out = spec.commandLine().getOut();
            findings.forEach(finding -> out.println(finding.problem() + "  " + finding.message()));
            out.println(lexicon.entries().size() + " entries checked, " + findings.size() + " to fix");
            out.flush();
            return findings.isEmpty() ? 0 : 1;
        }
    }
}
