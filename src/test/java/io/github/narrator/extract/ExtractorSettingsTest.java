package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractorSettingsTest {

    private final ExtractorSettings english = new ExtractorSettings(50, Set.of("en"), "kevin16", Map.of());

    @Test
    void languagesAreComparedByTheirPrimarySubtag() {
        assertTrue(english.acceptsLanguage("en-GB"));
        assertFalse(english.acceptsLanguage("fr-CA"));
        assertTrue(english.withAnyLanguage().acceptsLanguage("uk"));
    }

    @Test
    void siteRulesAreFoundWhateverTheCaseOfTheHost() {
        SiteRule rule = new SiteRule(List.of("div.story-text"), List.of(".promo"));
        assertEquals(rule, english.withSiteRule("www.Example.test", rule).ruleFor("WWW.EXAMPLE.TEST"));
    }

    @Test
    void badSettingsNameTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> english.withMinBodyWords(0))
                .getMessage().contains("minBodyWords must be at least 1"));
        IllegalArgumentException selector = assertThrows(IllegalArgumentException.class,
                () -> new SiteRule(List.of("div[[["), List.of()));
        assertTrue(selector.getMessage().startsWith("bad CSS selector in site rule: \"div[[[\""), selector.getMessage());
    }
}
