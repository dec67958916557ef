package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractorSettingsTest {

    @Test
    void readsPropertiesWithDefaultsForWhatIsMissing() {
        Properties properties = new Properties();
        properties.setProperty("narrator.extract.min-body-words", "80");
        properties.setProperty("narrator.extract.languages", "en, fr");
        properties.setProperty("narrator.extract.site.www.Example.test.include", "div.story-text, div.more-text");
        properties.setProperty("narrator.extract.site.www.example.test.exclude", ".promo");
        ExtractorSettings settings = ExtractorSettings.fromProperties(properties);
        assertEquals(80, settings.minBodyWords());
        assertEquals(Set.of("en", "fr"), settings.languages());
        assertEquals("kevin16", settings.voice());
        assertEquals(new SiteRule(List.of("div.story-text, div.more-text"), List.of(".promo")),
                settings.ruleFor("WWW.EXAMPLE.TEST"));
        assertTrue(settings.acceptsLanguage("fr-CA"));
    }

    @Test
    void starAcceptsAnyLanguage() {
        Properties properties = new Properties();
        properties.setProperty("narrator.extract.languages", "*");
        assertTrue(ExtractorSettings.fromProperties(properties).acceptsLanguage("ja"));
        assertTrue(ExtractorSettings.defaults().withAnyLanguage().acceptsLanguage("uk"));
    }

    @Test
    void badSettingsNameTheProblem() {
        Properties words = new Properties();
        words.setProperty("narrator.extract.min-body-words", "many");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorSettings.fromProperties(words))
                .getMessage().contains("min-body-words is not a number: many"));
        Properties rule = new Properties();
        rule.setProperty("narrator.extract.site.example.test.keep", "p");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractorSettings.fromProperties(rule))
                .getMessage().contains("unknown site rule narrator.extract.site.example.test.keep"));
        IllegalArgumentException selector = assertThrows(IllegalArgumentException.class,
                () -> new SiteRule(List.of("div[[["), List.of()));
        assertTrue(selector.getMessage().startsWith("bad CSS selector in site rule: \"div[[[\""), selector.getMessage());
    }
}
