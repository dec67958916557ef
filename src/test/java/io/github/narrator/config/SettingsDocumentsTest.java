package io.github.narrator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The defaults file and the README's settings table are rendered from {@link Settings} and kept in
 * the repository; these fail when either drifts, and write what they should be under
 * {@code target/settings/} to copy over.
 */
class SettingsDocumentsTest {

    private static final Path DEFAULTS_FILE = Path.of("narrator-defaults.properties");
    private static final Path README = Path.of("README.md");
    private static final String TABLE_START = "<!-- settings table:";
    private static final String TABLE_END = "<!-- end of settings table -->";

    @Test
    void defaultsFileIsTheCatalogue() throws IOException {
        String expected = SettingsReference.defaultsFile();
        String actual = Files.readString(DEFAULTS_FILE, StandardCharsets.UTF_8);
        assertEquals(expected, actual, DEFAULTS_FILE + " differs from Settings.java: "
                + "./narrator config --defaults > " + DEFAULTS_FILE + " (written to " + save("narrator-defaults.properties", expected) + ")");
    }

    @Test
    void readmeTableIsTheCatalogue() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertTrue(start >= 0 && end > start, "README.md has no settings table between its markers");
        String table = readme.substring(readme.indexOf('\n', start) + 1, end);
        String expected = SettingsReference.markdownTable();
        assertEquals(expected, table, "README.md's settings table differs from Settings.java: replace it with "
                + "./narrator config --table (written to " + save("settings-table.md", expected) + ")");
    }

    @Test
    void defaultsFileReadsBackAsTheDefaults() throws IOException {
        Properties read = new Properties();
        read.load(new StringReader(SettingsReference.defaultsFile()));
        Properties defaults = NarratorConfig.defaults().asProperties();
        assertEquals(defaults, read);
    }

    private static Path save(String name, String text) throws IOException {
        Path file = Path.of("target", "settings", name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
