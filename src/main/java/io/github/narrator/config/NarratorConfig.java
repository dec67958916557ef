package io.github.narrator.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.narrator.NarratorVersion;
import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Loudness;
import io.github.narrator.extract.ExtractorSettings;
import io.github.narrator.fetch.FetchSettings;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SourceFeedSettings;
import io.github.narrator.script.ScriptSettings;
import io.github.narrator.speech.VoiceSettings;

/**
 * Narrator's settings: built-in defaults ({@code narrator-defaults.properties} in the jar), then
 * {@code narrator.properties} in the working directory if there is one, then command-line overrides.
 * The same properties are handed to Camel, so routes can say {@code {{narrator.poll.repeat}}}.
 */
public final class NarratorConfig {

    public static final String USER_FILE = "narrator.properties";

    private final Properties properties;

    private NarratorConfig(Properties properties) {
        this.properties = properties;
    }

    /** Defaults, then {@code narrator.properties} from the working directory when present. */
    public static NarratorConfig load() {
        return load(Path.of(USER_FILE));
    }

    public static NarratorConfig load(Path userFile) {
        Properties properties = new Properties();
        try (InputStream defaults = NarratorConfig.class.getResourceAsStream("/narrator-defaults.properties")) {
            properties.load(defaults);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("narrator-defaults.properties is missing from the jar", e);
        }
        if (Files.isRegularFile(userFile)) {
            try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + userFile + ": " + e.getMessage(), e);
            }
        }
        return new NarratorConfig(properties);
    }

    /** A copy with one setting changed (command-line options). */
    public NarratorConfig with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty(key, value);
        return new NarratorConfig(copy);
    }

    /** All settings, for Camel's property placeholders. */
    public Properties asProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("setting " + key + " is missing");
        }
        return value.strip();
    }

    public String get(String key, String fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + get(key) + "'");
        }
    }

    public boolean getBoolean(String key) {
        String value = get(key);
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public Duration getDuration(String key) {
        String value = get(key).toUpperCase(java.util.Locale.ROOT);
        try {
            return Duration.parse(value.startsWith("P") ? value : "PT" + value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("setting " + key + " must be a duration like 10s or 2m, not '" + get(key) + "'");
        }
    }

    public Path outDir() {
        return Path.of(get("narrator.out"));
    }

    public Path routesDir() {
        return Path.of(get("narrator.routes"));
    }

    /** Narration workers: each owns one voice and one core. */
    public int workers() {
        int workers = getInt("narrator.workers");
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    public FetchSettings fetchSettings() {
        return new FetchSettings(
                getDuration("narrator.fetch.connect-timeout"),
                getDuration("narrator.fetch.read-timeout"),
                Long.parseLong(get("narrator.fetch.max-bytes")),
                getInt("narrator.fetch.max-redirects"),
                get("narrator.fetch.user-agent", FetchSettings.defaultUserAgent()),
                getBoolean("narrator.fetch.allow-private-addresses"));
    }

    /** Body-size and language limits, and per-site include/exclude selectors ({@code narrator.extract.*}). */
    public ExtractorSettings extractorSettings() {
        return ExtractorSettings.fromProperties(properties);
    }

    public ScriptSettings scriptSettings() {
        return new ScriptSettings(get("narrator.disclosure.label"), get("narrator.outro.credit", ""),
                Path.of(get("narrator.lexicon")));
    }

    public VoiceSettings voiceSettings() {
        return new VoiceSettings(get("narrator.voice"), Float.parseFloat(get("narrator.voice.words-per-minute")));
    }

    /** The level narrations are brought to ({@code narrator.loudness.*}); a target of "off" leaves the voice's own. */
    public Loudness loudness() {
        String target = get("narrator.loudness.target-lufs").strip();
        double ceiling = Double.parseDouble(get("narrator.loudness.max-true-peak-dbtp"));
        if (target.equalsIgnoreCase("off")) {
            return new Loudness(Loudness.PODCAST_LUFS, ceiling, false);
        }
        try {
            return new Loudness(Double.parseDouble(target), ceiling, true);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("narrator.loudness.target-lufs must be a number of LUFS or off, not " + target);
        }
    }

    public int mp3BitrateKbps() {
        return getInt("narrator.mp3.bitrate-kbps");
    }

    public boolean wavEnabled() {
        return getBoolean("narrator.wav");
    }

    /** The podcast channel ({@code narrator.feed.*}); its {@code coverImageFile()} is also the ID3 APIC cover. */
    public FeedSettings feedSettings() {
        return new FeedSettings(
                get("narrator.feed.base-url"),
                get("narrator.feed.title"),
                get("narrator.feed.description", ""),
                get("narrator.feed.link", ""),
                get("narrator.feed.language"),
                get("narrator.feed.author"),
                get("narrator.feed.owner-name", ""),
                get("narrator.feed.owner-email", ""),
                get("narrator.feed.image", ""),
                get("narrator.feed.category"),
                get("narrator.feed.subcategory", ""),
                getBoolean("narrator.feed.explicit"),
                get("narrator.disclosure.label"));
    }

    /**
     * Feeds per source route ({@code narrator.feed.per-source}) and their channel titles
     * ({@code narrator.feed.source.<route id>.title}).
     */
    public SourceFeedSettings sourceFeedSettings() {
        String prefix = "narrator.feed.source.";
        String suffix = ".title";
        Map<String, String> titles = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix) && key.endsWith(suffix) && key.length() > prefix.length() + suffix.length()
                    && !get(key, "").isEmpty()) {
                titles.put(key.substring(prefix.length(), key.length() - suffix.length()), get(key));
            }
        }
        return new SourceFeedSettings(getBoolean("narrator.feed.per-source"), titles);
    }

    public String digitalSourceType() {
        return get("narrator.disclosure.digital-source-type", AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA);
    }

    /**
     * The settings that change how the same words sound or are stored; part of every content hash,
     * so a change re-narrates every article. (What is said is hashed from the script itself.)
     */
    public String audioFingerprint() {
        return String.join("|", get("narrator.voice"), get("narrator.voice.words-per-minute"),
                get("narrator.mp3.bitrate-kbps"), get("narrator.wav"), get("narrator.loudness.target-lufs"),
                get("narrator.loudness.max-true-peak-dbtp"));
    }

    public static String generator() {
        return NarratorVersion.productToken();
    }
}
