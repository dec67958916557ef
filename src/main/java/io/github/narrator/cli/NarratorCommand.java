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
            RunCommand.class,
            ConvertCommand.class,
            ExtractCommand.class,
            ScriptCommand.class,
            NormalizeCommand.class,
            ServeCommand.class,
            ConfigCommand.class,
            BrokerCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public class NarratorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with Narrator's error handling: a bad input is one clear line, not a stack trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NarratorCommand());
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            // one line per problem (a settings file can have several), each naming the command
            for (String line : describe(error).split("\\R")) {
                cmd.getErr().println("narrator " + cmd.getCommandName() + ": " + line);
            }
            return 1;
        });
        return commandLine;
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        return message == null ? error.toString() : message;
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
