package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class LexiconCommandTest {

    @Test
    void listsEntriesToFixAndFailsOnThem(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("mine.txt");
        Files.writeString(lexicon, "Kyiv = Keev\nDuda = Dooda\n");
        StringWriter out = new StringWriter();
        CommandLine command = NarratorCommand.commandLine();
        command.setOut(new PrintWriter(out));
        int status = command.execute("lexicon", "check", lexicon.toString(), "--config", settings(dir).toString());
        assertEquals(1, status, out.toString());
        assertTrue(out.toString().contains("NO_EFFECT  Duda = Dooda: the voice already says the written word so, [d uw d ax]"),
                out.toString());
        assertTrue(out.toString().contains("2 entries checked, 1 to fix"), out.toString());
    }

    @Test
    void theProjectLexiconPasses(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = NarratorCommand.commandLine();
        command.setOut(new PrintWriter(out));
        assertEquals(0, command.execute("lexicon", "check", "--config", settings(dir).toString()), out.toString());
        assertTrue(out.toString().contains(" to fix") && out.toString().endsWith("0 to fix" + System.lineSeparator()), out.toString());
    }

    private static Path settings(Path dir) throws Exception {
        return Files.writeString(dir.resolve("narrator.properties"), "# defaults\n");
    }
}
