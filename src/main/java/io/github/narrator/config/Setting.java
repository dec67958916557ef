package io.github.narrator.config;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One setting, declared once in {@link Settings}: its key, the values it takes, its default and what it
 * means. The defaults file, the start-up checks, {@code narrator config} and the README's table all
 * come from these declarations.
 *
 * @param key          {@code narrator.fetch.retries}; a family of keys names its variable part in angle
 *                     brackets: {@code narrator.feed.source.<route id>.title}
 * @param type         the values it takes
 * @param defaultValue the value when nothing overrides it; "" for none
 * @param meaning      one line for users
 */
public record Setting(String key, SettingType type, String defaultValue, String meaning) {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]+>");

    public Setting {
        String problem = key.contains("<") ? null : type.problem(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("the default of " + key + " (" + defaultValue + ") " + problem);
        }
    }

    /** Whether this declares many keys ({@code narrator.extract.site.<host>.include}), each with no default. */
    boolean isFamily() {
        return key.contains("<");
    }

    /** Whether a key a user wrote is this setting (or one of its family). */
    public boolean matches(String candidate) {
        if (!isFamily()) {
            return key.equals(candidate);
        }
        String[] fixed = PLACEHOLDER.split(key, -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < fixed.length; i++) {
            regex.append(Pattern.quote(fixed[i]));
            if (i < fixed.length - 1) {
                regex.append(".+");
            }
        }
        return candidate.matches(regex.toString());
    }

    /** What is wrong with a value of this setting; null when it is fine. */
    public @Nullable String problem(String value) {
        return type.problem(value.strip());
    }

    /** The values it takes, in words. */
    public String values() {
        return type.describe();
    }

    /** Whether its value must not be printed (a password). */
    public boolean isSecret() {
        return key.endsWith(".password") || key.endsWith(".key");
    }
}
