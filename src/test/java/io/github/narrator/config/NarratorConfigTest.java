package io.github.narrator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.github.narrator.NarratorVersion;
import io.github.narrator.extract.ExtractorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarratorConfigTest {

    @Test
    void fileOverridesDefaultsAndSetOverridesTheFileEachRememberingItsOrigin(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("narrator.properties"), "narrator.workers=3\nnarrator.wav=true\n");
        NarratorConfig config = NarratorConfig.load(file).with("narrator.wav", "false", "--set");
        assertEquals(3, config.workers());
        assertEquals(file.toString(), config.origin("narrator.workers"));
        assertFalse(config.wavEnabled());
        assertEquals("--set", config.origin("narrator.wav"));
        assertEquals("kevin16", config.get("narrator.voice"));
        assertEquals(NarratorConfig.DEFAULT, config.origin("narrator.voice"));
    }

    @Test
    void aMissingFileMeansTheDefaults(@TempDir Path dir) {
        assertEquals(NarratorConfig.defaults().asProperties(), NarratorConfig.load(dir.resolve("none")).asProperties());
    }

    @Test
    void theDefaultsAreValidAndCoverEverySetting() {
        NarratorConfig defaults = NarratorConfig.defaults();
        assertEquals(List.of(), defaults.problems());
        assertEquals(List.of(), defaults.warnings());
        Settings.ALL.stream().filter(setting -> !setting.isFamily())
                .forEach(setting -> assertEquals(setting.defaultValue(), defaults.get(setting.key()), setting.key()));
    }

    @Test
    void eachBadValueIsOneLineNamingKeyValueOriginAndProblem() {
        NarratorConfig config = NarratorConfig.defaults()
                .with("narrator.workers", "many", "--set")
                .with("narrator.queue.size", "0", "narrator.properties")
                .with("narrator.queue", "kafka", "--set")
                .with("narrator.fetch.read-timeout", "soon", "--set")
                .with("narrator.wav", "yes", "--set")
                .with("narrator.voice", "alan", "--set")
                .with("narrator.feed.base-url", "ftp://x", "--set")
                .with("narrator.mp3.bitrate-kbps", "50", "--set")
                .with("narrator.extract.site.example.test.include", "div[[[", "--set")
                .with("narrator.artemis.password", "", "--set");
        assertEquals(List.of(
                "setting narrator.extract.site.example.test.include=div[[[ (from --set): bad CSS selector in site rule:",
                "setting narrator.feed.base-url=ftp://x (from --set): must be an absolute http(s) URL",
                "setting narrator.fetch.read-timeout=soon (from --set): must be a duration like 10s, 2m or 1h30m",
                "setting narrator.mp3.bitrate-kbps=50 (from --set): must be one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96,"
                        + " 112, 128, 144, 160",
                "setting narrator.queue=kafka (from --set): must be seda or artemis",
                "setting narrator.queue.size=0 (from narrator.properties): must be 1 to 100000",
                "setting narrator.voice=alan (from --set): no FreeTTS voice of that name; known: kevin, kevin16",
                "setting narrator.wav=yes (from --set): must be true or false",
                "setting narrator.workers=many (from --set): must be a whole number (0 to 256)"),
                config.problems().stream().map(line -> line.contains("CSS") ? line.substring(0, line.indexOf("rule:") + 5) : line)
                        .toList());
        IllegalArgumentException stop = assertThrows(IllegalArgumentException.class, config::validated);
        assertEquals(9, stop.getMessage().lines().count());
    }

    @Test
    void unknownNarratorKeysAreWarnedAboutWithTheClosestKnownOne() {
        NarratorConfig config = NarratorConfig.defaults()
                .with("narrator.wokers", "2", "narrator.properties")
                .with("narrator.extract.voice", "kevin16", "narrator.properties")
                .with("camel.main.name", "x", "narrator.properties");
        assertEquals(List.of(
                "unknown setting narrator.extract.voice (from narrator.properties) is ignored",
                "unknown setting narrator.wokers (from narrator.properties) is ignored; did you mean narrator.workers?"),
                config.warnings());
        assertEquals(List.of(), config.problems());
    }

    @Test
    void codeThatReadsAnUndeclaredKeyFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> NarratorConfig.defaults().get("narrator.no-such-thing"));
    }

    @Test
    void extractorSettingsComeFromTheVoiceAndTheExtractSettings() {
        ExtractorSettings settings = NarratorConfig.defaults()
                .with("narrator.extract.min-body-words", "80")
                .with("narrator.extract.languages", "en, FR")
                .with("narrator.extract.site.www.Example.test.include", "div.story-text, div.more-text")
                .with("narrator.extract.site.www.example.test.exclude", ".promo")
                .extractorSettings();
        assertEquals(80, settings.minBodyWords());
        assertEquals(Set.of("en", "fr"), settings.languages());
        assertEquals("kevin16", settings.voice());
        assertEquals(Set.of("www.example.test"), settings.siteRules().keySet());
        assertEquals(List.of("div.story-text, div.more-text"), settings.siteRules().get("www.example.test").include());
        assertEquals(List.of(".promo"), settings.siteRules().get("www.example.test").exclude());
        assertEquals(Set.of(), NarratorConfig.defaults().with("narrator.extract.languages", "*").extractorSettings().languages());
        assertEquals("kevin", NarratorConfig.defaults().with("narrator.voice", "kevin").extractorSettings().voice());
    }

    @Test
    void theUserAgentNamesThisVersion() {
        String agent = NarratorConfig.defaults().fetchSettings().userAgent();
        assertTrue(agent.startsWith("Narrator/" + NarratorVersion.VERSION + " ("), agent);
    }
}
