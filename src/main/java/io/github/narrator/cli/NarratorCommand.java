package io.github.narrator.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.github.narrator.NarratorVersion;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code narrator} command line: one subcommand per job. */
@Command(name = "narrator",
        mixinStandardHelpOptions = true,
        versionProvider = NarratorCommand.Version.class,
        description = "Turns news articles into narrated audio, marked as created with AI assistance.")
public class NarratorCommand implements Runnable {

    /**
     * The subcommands in narrator.jar, in the order the usage help lists them. picocli reads a command's
     * annotations when it is added, so a command line names them here rather than in {@code @Command}
     * and adds only the one it runs (all of them cost about 0.1 CPU s of every start).
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("convert", ConvertCommand::new);
        commands.put("extract", ExtractCommand::new);
        commands.put("script", ScriptCommand::new);
        commands.put("normalize", NormalizeCommand::new);
        commands.put("lexicon", LexiconCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("verify", VerifyCommand::new);
        commands.put("config", ConfigCommand::new);
        return commands;
    }

    /**
     * Commands packaged apart from narrator.jar: the embedded broker (it needs artemis-server and its
     * libraries) and the benchmark. The launcher puts a command's jar on the class path when it runs it.
     */
    private static final List<PackagedApart> PACKAGED_APART = List.of(
            new PackagedApart("broker", "io.github.narrator.cli.BrokerCommand", "narrator-broker.jar"),
            new PackagedApart("bench", "io.github.narrator.cli.BenchCommand", "narrator-bench.jar"));

    private record PackagedApart(String name, String className, String jar) {
    }

    /**
     * Exit statuses, distinct so that a script can tell them apart (the README lists them): every
     * input narrated or unchanged; the command could not start (a bad setting, a missing folder, a
     * route that cannot work); some inputs failed (each is in out/failed/); the command line itself
     * was wrong (an unknown option, a missing argument).
     */
    public static final int OK = 0;
    public static final int CANNOT_START = 1;
    public static final int SOME_FAILED = 2;
    public static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The whole command line, every subcommand in it: for usage help, {@code help} and a command it does not know. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NarratorCommand());
        SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        for (PackagedApart command : PACKAGED_APART) {
            commandLine.addSubcommand(command.name(), instance(command));
        }
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        return withErrorHandling(commandLine);
    }

    /** The command line {@code args} need: only the subcommand they name when they name one, else the whole. */
    static CommandLine commandLine(String[] args) {
        String name = args.length > 0 ? args[0] : "";
        Object named = subcommand(name);
        return named == null ? commandLine() : withErrorHandling(new CommandLine(new NarratorCommand()).addSubcommand(name, named));
    }

    private static @Nullable Object subcommand(String name) {
        if (SUBCOMMANDS.containsKey(name)) {
            return SUBCOMMANDS.get(name).get();
        }
        return PACKAGED_APART.stream().filter(command -> command.name().equals(name)).findFirst()
                .map(NarratorCommand::instance).orElse(null);
    }

    /** Narrator's error handling: a bad input is one clear line, not a stack trace. */
    private static CommandLine withErrorHandling(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            // one line per problem (a settings file can have several), each naming the command
            for (String line : describe(error).split("\\R")) {
                cmd.getErr().println("narrator " + cmd.getCommandName() + ": " + line);
            }
            return CANNOT_START;
        });
        exitOnInvalidInput(commandLine, USAGE); // picocli's own default, 2, is "some inputs failed" here
        return commandLine;
    }

    private static void exitOnInvalidInput(CommandLine commandLine, int status) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(status);
        commandLine.getSubcommands().values().forEach(sub -> exitOnInvalidInput(sub, status));
    }

    /** The command when its jar is on the class path, else one that says how to get it. */
    private static Object instance(PackagedApart command) {
        try {
            return Class.forName(command.className()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError notHere) {
            return new NotInThisJar(command.name(), command.jar());
        }
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        return message == null ? error.toString() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Stands in for a command packaged apart whose jar is not on the class path. */
    @Command(description = "Packaged apart from narrator.jar: ./narrator runs it with its own jar.")
    static final class NotInThisJar implements Callable<Integer> {

        private final String name;
        private final String jar;

        @CommandLine.Unmatched
        List<String> arguments;

        NotInThisJar(String name, String jar) {
            this.name = name;
            this.jar = jar;
        }

        @Override
        public Integer call() {
            throw new IllegalStateException("'" + name + "' is not in narrator.jar but in " + jar
                    + " beside it; run it with ./narrator " + name + ", which builds that jar and adds it");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NarratorVersion.productToken()};
        }
    }
}
