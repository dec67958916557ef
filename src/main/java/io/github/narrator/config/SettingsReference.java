package io.github.narrator.config;

/**
 * The documents rendered from {@link Settings}: the defaults file and the README's settings table.
 * Both are kept in the repository (readable where users look for them) and a test fails when either
 * differs from what these methods render; {@code narrator config --defaults} and {@code --table} print them.
 */
public final class SettingsReference {

    private SettingsReference() {
    }

    /** {@code narrator-defaults.properties}: every setting with its default, one comment line each. */
    public static String defaultsFile() {
        StringBuilder text = new StringBuilder();
        text.append("# Narrator's settings and their defaults, rendered from Settings.java (narrator config --defaults).\n");
        text.append("# Override any of them in ./narrator.properties, a file named by --config, or --set key=value.\n");
        for (Settings.Section section : Settings.SECTIONS) {
            text.append('\n').append("# ").append(section.title()).append('\n');
            for (Setting setting : section.settings()) {
                text.append("# ").append(setting.meaning().replace("`", "")).append(" (").append(setting.values())
                        .append(")\n");
                text.append(setting.isFamily() ? "# " : "").append(setting.key()).append('=')
                        .append(escape(setting.defaultValue())).append('\n');
            }
        }
        return text.toString();
    }

    /** The README's table: setting, default, values, meaning. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder();
        table.append("| setting | default | values | meaning |\n");
        table.append("|---|---|---|---|\n");
        for (Setting setting : Settings.ALL) {
            table.append("| `").append(setting.key()).append("` | ")
                    .append(setting.defaultValue().isEmpty() ? "" : "`" + setting.defaultValue() + "`").append(" | ")
                    .append(cell(setting.values())).append(" | ")
                    .append(cell(setting.meaning())).append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A value as java.util.Properties reads it back: leading blanks and backslashes kept. */
    private static String escape(String value) {
        String escaped = value.replace("\\", "\\\\");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }
}
