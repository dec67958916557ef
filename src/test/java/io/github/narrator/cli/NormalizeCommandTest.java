package io.github.narrator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NormalizeCommandTest {

    private String run(String stdin, String... args) {
        NormalizeCommand command = new NormalizeCommand();
        command.input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.output = out;
        assertEquals(0, new CommandLine(command).execute(args));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneSpokenLinePerLineInInOrderAsThePipelineSaysIt() {
        assertEquals("thirty-four percent\n\nKeev, June second\nSergay\n",
                run("34%\n\nKyiv, June 2\r\nСергей\n"));
    }

    @Test
    void noLexiconGivesThePlainNormalisedText() {
        assertEquals("Kyiv, June second\nSergey\n", run("Kyiv, June 2\nСергей\n", "--no-lexicon"));
    }

    @Test
    void anotherLexiconComesFromTheOptionOrTheSettings(@TempDir Path dir) throws Exception {
        Path lexicon = dir.resolve("en.txt");
        Files.writeString(lexicon, "Kyiv = Kiev\n");
        assertEquals("Kiev\n", run("Kyiv\n", "--lexicon", lexicon.toString()));
        assertEquals("Kiev\n", run("Kyiv\n", "--set", "narrator.lexicon=" + lexicon));
    }

    @Test
    void tsvModePrintsScorerPredictions(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("cases.tsv");
        Files.writeString(tsv, "id\tcategory\twritten\tspoken\n"
                + "a-1\tmoney\t$45 billion\tforty five billion dollars\n"
                + "a-2\tordinal\t21st\ttwenty first\n", StandardCharsets.UTF_8);
        assertEquals("id\tspoken\na-1\tforty-five billion dollars\na-2\ttwenty-first\n", run("", "--tsv", tsv.toString()));
    }
}
