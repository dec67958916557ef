package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class NarratorCommandTest {

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        CommandLine convert = NarratorCommand.commandLine(new String[] {"convert", "page.html"});

        assertEquals(Set.of("convert"), convert.getSubcommands().keySet());
    }

    @Test
    void everyCommandOfTheWholeLineCanBeBuiltAloneUnderItsOwnName() {
        Set<String> names = NarratorCommand.commandLine().getSubcommands().keySet();

        assertTrue(names.containsAll(Set.of("run", "convert", "extract", "script", "normalize", "lexicon", "serve",
                "verify", "config", "bench", "broker", "help")), names.toString());
        for (String name : names) {
            CommandLine alone = NarratorCommand.commandLine(new String[] {name});
            CommandLine command = alone.getSubcommands().get(name);
            assertEquals(name, command.getCommandName());
            assertEquals(NarratorCommand.USAGE, command.getCommandSpec().exitCodeOnInvalidInput(), name);
        }
    }

    @Test
    void noCommandOrAnUnknownOneGetsTheWholeLine() {
        int whole = NarratorCommand.commandLine().getSubcommands().size();

        assertEquals(whole, NarratorCommand.commandLine(new String[] {}).getSubcommands().size());
        assertEquals(whole, NarratorCommand.commandLine(new String[] {"--help"}).getSubcommands().size());
        assertEquals(whole, NarratorCommand.commandLine(new String[] {"narate"}).getSubcommands().size());
    }

    @Test
    void aCommandBuiltAloneStillNamesItselfUnderNarrator() {
        Cli.Result help = Cli.run("convert", "--help");

        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: narrator convert"), help.out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result unknown = Cli.run("narate", "page.html");

        assertEquals(NarratorCommand.USAGE, unknown.status());
        assertTrue(unknown.err().contains("narate"), unknown.err());
    }
}
