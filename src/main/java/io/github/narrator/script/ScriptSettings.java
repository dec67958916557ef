package io.github.narrator.script;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.narrator.script.normalize.Lexicon;

/**
 * How a script is written.
 *
 * @param disclosureLabel the AI-disclosure line spoken after the title, byline and date
 * @param narratorCredit  the last sentence of the outro, after the one naming the publisher
 * @param lexiconFile     the pronunciation lexicon; when it is {@code lexicon/en.txt} and that file is absent
 *                        (the jar run from elsewhere), the copy bundled in the jar is used
 */
public record ScriptSettings(String disclosureLabel, String narratorCredit, Path lexiconFile) {

    /** Where the jar bundles its copy of the lexicon, and where a checkout keeps the file. */
    public static final Path BUNDLED_LEXICON = Path.of("lexicon", "en.txt");

    public ScriptSettings {
        if (disclosureLabel == null || disclosureLabel.isBlank()) {
            throw new IllegalArgumentException("the AI-disclosure label must not be empty");
        }
        if (narratorCredit == null) {
            throw new IllegalArgumentException("the narrator credit must not be null (use \"\" for none)");
        }
        if (lexiconFile == null) {
            throw new IllegalArgumentException("the pronunciation lexicon path must not be null");
        }
    }

    /**
     * Loads the lexicon: {@code lexicon/en.txt} falls back to the copy in the jar when the file is not
     * there (the jar run from another folder); any other path must exist.
     */
    public Lexicon lexicon() {
        if (Files.isRegularFile(lexiconFile)) {
            return Lexicon.load(lexiconFile);
        }
        if (lexiconFile.equals(BUNDLED_LEXICON)) {
            return Lexicon.bundled();
        }
        throw new IllegalArgumentException("pronunciation lexicon not found: " + lexiconFile.toAbsolutePath());
    }

    public ScriptSettings withLexiconFile(Path file) {
        return new ScriptSettings(disclosureLabel, narratorCredit, file);
    }
}
