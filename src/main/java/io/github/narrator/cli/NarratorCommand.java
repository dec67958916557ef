package io.github.narrator.cli;

import io.github.narrator.NarratorVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code narrator} command line: one subcommand per job. */
@Command(name = "narrator",
        mixinStandardHelpOptions = true,
        versionProvider = NarratorCommand.Version.class,
        description = "Turns news articles into narrated audio, marked as created with AI assistance.",
        subcommands = {
            CommandLine.HelpCommand.class,
        })
public class NarratorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NarratorCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NarratorVersion.productToken()};
        }
    }
}
