package io.github.narrator.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.github.narrator.NarratorVersion;
import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Loudness;
import io.github.narrator.extract.ExtractorSettings;
import io.github.narrator.extract.SiteRule;
import io.github.narrator.fetch.FetchSettings;
import io.github.narrator.fetch.PolitenessSettings;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SourceFeedSettings;
import io.github.narrator.script.ScriptSettings;
import io.github.narrator.speech.VoiceSettings;

import org.jspecify.annotations.Nullable;

/**
 * Narrator's settings as one run sees them: the defaults declared in {@link Settings}, then
 * {@code ./narrator.properties} (or the file {@code --config} names), then command-line overrides.
 * Each value remembers where it came from ({@code narrator config} shows it). The same properties are
 * handed to Camel, so routes can say {@code {{narrator.poll.repeat}}}.
 */
public final class NarratorConfig {

    public static final String USER_FILE = "narrator.properties";
    /** Where a value nobody overrode comes from. */
    public static final String DEFAULT = "default";

    private final Properties properties;
    private final Map<String, String> origins;

    private NarratorConfig(Properties properties, Map<String, String> origins) {
        this.properties = properties;
        this.origins = origins;
    }

    /** The declared defaults alone. */
    public static NarratorConfig defaults() {
        Properties properties = new Properties();
        for (Setting setting : Settings.ALL) {
            if (!setting.isFamily()) {
                properties.setProperty(setting.key(), setting.defaultValue());
            }
        }
        return new NarratorConfig(properties, Map.of());
    }

    /** Defaults, then {@code narrator.properties} from the working directory when present. */
    public static NarratorConfig load() {
        return load(Path.of(USER_FILE));
    }

    /** Defaults, then this file when it exists. */
    public static NarratorConfig load(Path userFile) {
        NarratorConfig config = defaults();
        if (!Files.isRegularFile(userFile)) {
            return config;
        }
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + userFile + ": " + e.getMessage(), e);
        }
        for (String key : file.stringPropertyNames()) {
            config = config.with(key, file.getProperty(key), userFile.toString());
        }
        return config;
    }

    /** A copy with one setting changed by the program (tests, the bench). */
    public NarratorConfig with(String key, String value) {
        return with(key, value, "--set");
    }

    /** A copy with one setting changed, remembering where the value came from ({@code --set}, {@code --out}, a file). */
    public NarratorConfig with(String key, String value, String origin) {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty(key, value);
        Map<String, String> copiedOrigins = new HashMap<>(origins);
        copiedOrigins.put(key, origin);
        return new NarratorConfig(copy, copiedOrigins);
    }

    /** Where a setting's value came from: {@value #DEFAULT}, a file, {@code --set} or a command's own option. */
    public String origin(String key) {
        return origins.getOrDefault(key, DEFAULT);
    }

    /** Every key that has a value, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /**
     * What is wrong with the values: one line each, naming the key, the value, where it came from and
     * the problem. Empty when all is well.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String key : keys()) {
            Settings.find(key).ifPresent(setting -> {
                String value = properties.getProperty(key);
                String problem = setting.problem(value);
                if (problem != null) {
                    String shown = setting.isSecret() ? "(hidden)" : value.strip();
                    problems.add("setting " + key + "=" + shown + " (from " + origin(key) + "): " + problem);
                }
            });
        }
        return problems;
    }

    /** Keys under {@code narrator.} that no setting declares (a typo, or a setting that is gone): ignored, with a warning. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (String key : keys()) {
            if (key.startsWith("narrator.") && Settings.find(key).isEmpty()) {
                warnings.add("unknown setting " + key + " (from " + origin(key) + ") is ignored" + closest(key)
                        .map(known -> "; did you mean " + known + "?").orElse(""));
            }
        }
        return warnings;
    }

    /** Fails with every problem, one a line, unless all values are good. */
    public NarratorConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(System.lineSeparator(), problems));
        }
        return this;
    }

    private static java.util.Optional<String> closest(String key) {
        String best = null;
        int bestDistance = 4;
        for (Setting setting : Settings.ALL) {
            int distance = editDistance(key, setting.key());
            if (!setting.isFamily() && distance < bestDistance) {
                best = setting.key();
                bestDistance = distance;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** All settings, for Camel's property placeholders. */
    public Properties asProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** A declared setting's value, stripped. */
    public String get(String key) {
        Settings.declared(key);
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("setting " + key + " is missing");
        }
        return value.strip();
    }

    /** A declared setting's value, or the fallback when it is empty or (a family member) absent. */
    public @Nullable String get(String key, @Nullable String fallback) {
        Settings.declared(key);
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
        try {
            return SettingType.parseDuration(get(key));
        } catch (DateTimeParseException e) {
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
                get("narrator.fetch.user-agent").replace("{version}", NarratorVersion.VERSION),
                getBoolean("narrator.fetch.allow-private-addresses"));
    }

    /** robots.txt and the limits per host that every fetch from the web keeps to. */
    public PolitenessSettings politenessSettings() {
        return new PolitenessSettings(getBoolean("narrator.fetch.robots"), get("narrator.fetch.robots.user-agent"),
                getDuration("narrator.fetch.robots.max-crawl-delay"), getInt("narrator.fetch.host.max-in-flight"),
                getDuration("narrator.fetch.host.delay"));
    }

    /** What counts as an article: minimum length, the languages the voice reads, per-site selectors. */
    public ExtractorSettings extractorSettings() {
        return new ExtractorSettings(getInt("narrator.extract.min-body-words"),
                languages(get("narrator.extract.languages")), get("narrator.voice"), siteRules());
    }

    /** The languages of {@code narrator.extract.languages}, lower case; empty (for {@code *}) accepts any. */
    private static Set<String> languages(String value) {
        Set<String> tags = Arrays.stream(value.split(",")).map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        return tags.contains("*") ? Set.of() : tags;
    }

    /** {@code narrator.extract.site.<host>.include} and {@code .exclude}, by lower-case host. */
    private Map<String, SiteRule> siteRules() {
        String prefix = "narrator.extract.site.";
        Map<String, List<String>> includes = new TreeMap<>();
        Map<String, List<String>> excludes = new TreeMap<>();
        for (String key : keys()) {
            if (!key.startsWith(prefix) || get(key, "").isEmpty()) {
                continue;
            }
            String rest = key.substring(prefix.length());
            String host = rest.substring(0, rest.lastIndexOf('.')).toLowerCase(Locale.ROOT);
            (rest.endsWith(".include") ? includes : excludes).put(host, List.of(get(key)));
        }
        Map<String, SiteRule> rules = new LinkedHashMap<>();
        Set<String> hosts = new TreeSet<>(includes.keySet());
        hosts.addAll(excludes.keySet());
        for (String host : hosts) {
            rules.put(host, new SiteRule(includes.getOrDefault(host, List.of()), excludes.getOrDefault(host, List.of())));
        }
        return rules;
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
                get("narrator.disclosure.label"),
                get("narrator.feed.guid", ""),
                getInt("narrator.feed.item-cap"),
                FeedSettings.PubDates.valueOf(get("narrator.feed.pub-date").toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Feeds per source route ({@code narrator.feed.per-source}) and their channel titles
     * ({@code narrator.feed.source.<route id>.title}).
     */
    public SourceFeedSettings sourceFeedSettings() {
        String prefix = "narrator.feed.source.";
        String suffix = ".title";
        Map<String, String> titles = new TreeMap<>();
        for (String key : keys()) {
            if (key.startsWith(prefix) && key.endsWith(suffix) && key.length() > prefix.length() + suffix.length()
                    && !get(key, "").isEmpty()) {
                titles.put(key.substring(prefix.length(), key.length() - suffix.length()), get(key));
            }
        }
        return new SourceFeedSettings(getBoolean("narrator.feed.per-source"), titles);
    }

    public String digitalSourceType() {
        return get("narrator.disclosure.digital-source-type");
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
