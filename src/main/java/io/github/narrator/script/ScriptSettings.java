package io.github.narrator.script;

/**
 * How a script is written.
 *
 * @param disclosureLabel the AI-disclosure line spoken after the title
 */
public record ScriptSettings(String disclosureLabel) {

    public static final String DEFAULT_DISCLOSURE = "This audio is created with AI assistance.";

    public static ScriptSettings defaults() {
        return new ScriptSettings(DEFAULT_DISCLOSURE);
    }
}
