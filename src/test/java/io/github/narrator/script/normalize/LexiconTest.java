package io.github.narrator.script.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @Test
    void parsesEntriesAndSkipsCommentsAndBlankLines() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("# names\n\nKyiv = Keev\nLavrov = Lahvroff  # stress\n"), "test");
        assertEquals(Map.of("Kyiv", "Keev", "Lavrov", "Lahvroff"), lexicon.entries());
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(new StringReader("Kyiv = Keev\nKharkiv Harkeev\n"), "my-lexicon.txt"));
        assertTrue(error.getMessage().startsWith("my-lexicon.txt:2:"), error.getMessage());
    }

    @Test
    void respellingsReplaceWholeWordsInAnyCaseAndKeepPossessives() throws IOException {
        Lexicon lexicon = Lexicon.parse(new StringReader("Kyiv = Keev\n9/11 = nine eleven\n"), "test");
        Normalizer normalizer = new Normalizer(lexicon);
        assertEquals("Keev's mayor visited Keev, not Kyivan towns.",
                normalizer.spoken("Kyiv's mayor visited KYIV, not Kyivan towns."));
        NormalizedText text = normalizer.normalize("Kyiv");
        assertEquals(new Token(0, 4, "Kyiv", "Keev", Token.Kind.LEXICON), text.tokens().get(0));
    }

    @Test
    void loadsAFileAndTheBundledCopy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("en.txt");
        Files.writeString(file, "Rubio = Roobeeo\n");
        assertEquals(Map.of("Rubio", "Roobeeo"), Lexicon.load(file).entries());
        Lexicon bundled = Lexicon.bundled();
        assertEquals("Keev", bundled.entries().get("Kyiv"));
        assertEquals("Chaskofskee", bundled.entries().get("Trzaskowski"));
    }

    @Test
    void theBundledCopyIsTheProjectsLexiconFile() throws IOException {
        Path projectFile = Path.of("lexicon", "en.txt");
        if (Files.isRegularFile(projectFile)) {
            assertEquals(Lexicon.load(projectFile).entries(), Lexicon.bundled().entries());
        }
        assertTrue(Lexicon.bundled().entries().size() > 20);
    }
}
