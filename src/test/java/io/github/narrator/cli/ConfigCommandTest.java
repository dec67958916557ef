package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.config.SettingsReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = NarratorCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String line(String key) {
        return out.toString().lines().filter(line -> line.startsWith(key + "=")).findFirst().orElseThrow();
    }

    @Test
    void printsEachValueWithWhereItCameFrom(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("site.properties"),
                "narrator.feed.title=My news\nnarrator.wav=true\nnarrator.artemis.password=s3cret\n");
        assertEquals(0, run("config", "--config", file.toString(), "--set", "narrator.wav=false", "--out", "elsewhere"));
        assertTrue(line("narrator.voice").matches("narrator\\.voice=kevin16 +# default"), line("narrator.voice"));
        assertTrue(line("narrator.feed.title").matches("narrator\\.feed\\.title=My news +# " + java.util.regex.Pattern.quote(file.toString())));
        assertTrue(line("narrator.wav").endsWith("# --set"), line("narrator.wav"));
        assertTrue(line("narrator.out").matches("narrator\\.out=elsewhere +# --out"), line("narrator.out"));
        assertTrue(line("narrator.artemis.password").startsWith("narrator.artemis.password=(hidden) "));
        assertFalse(out.toString().contains("s3cret"));
        assertEquals("", err.toString());
    }

    @Test
    void aBadValueStopsTheCommandWithOneLineAndStatus1() {
        assertEquals(1, run("config", "--set", "narrator.workers=lots"));
        assertEquals(List.of("narrator config: setting narrator.workers=lots (from --set): must be a whole number (0 to 256)"),
                err.toString().lines().toList());
        assertEquals("", out.toString());
    }

    @Test
    void anUnknownKeyIsAWarningNotAnError() {
        assertEquals(0, run("config", "--set", "narrator.extract.voice=kevin16"));
        assertEquals(List.of("narrator config: unknown setting narrator.extract.voice (from --set) is ignored"),
                err.toString().lines().toList());
        assertTrue(line("narrator.extract.voice").endsWith("# --set, unknown: ignored"));
    }

    @Test
    void printsTheDefaultsFileAndTheReadmeTable() {
        assertEquals(0, run("config", "--defaults"));
        assertEquals(SettingsReference.defaultsFile(), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("config", "--table"));
        assertEquals(SettingsReference.markdownTable(), out.toString());
    }

    @Test
    void everyCommandTakesConfigAndSet() {
        CommandLine commandLine = NarratorCommand.commandLine();
        commandLine.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                assertTakesConfigAndSet(name, command);
            }
        });
        assertTrue(commandLine.getSubcommands().keySet().containsAll(
                List.of("run", "convert", "extract", "script", "normalize", "serve", "config", "broker", "bench", "verify", "lexicon")));
    }

    /** A command that does the work takes the options; a group of commands (lexicon check) hands them down. */
    private static void assertTakesConfigAndSet(String name, CommandLine command) {
        if (!command.getSubcommands().isEmpty()) {
            command.getSubcommands().forEach((sub, subcommand) -> assertTakesConfigAndSet(name + " " + sub, subcommand));
            return;
        }
        assertTrue(command.getCommandSpec().findOption("--config") != null, name + " takes --config");
        assertTrue(command.getCommandSpec().findOption("--set") != null, name + " takes --set");
    }

    @Test
    void aMissingSettingsFileIsAnError(@TempDir Path dir) {
        assertEquals(1, run("extract", "--config", dir.resolve("nope.properties").toString(), "x.html"));
        assertTrue(err.toString().contains("settings file " + dir.resolve("nope.properties") + " does not exist"), err.toString());
    }
}
