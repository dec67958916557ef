package io.github.narrator.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.narrator.config.NarratorConfig;

class ApiSettingsTest {

    @Test
    void offWithoutAToken() {
        assertFalse(ApiSettings.from(NarratorConfig.defaults()).enabled());
    }

    @Test
    void aTokenWithoutAllowedHostsStopsTheStart() {
        NarratorConfig config = NarratorConfig.defaults().with("narrator.api.token", "a-long-enough-token-123");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ApiSettings.from(config));
        assertTrue(refused.getMessage().contains("narrator.api.allow-hosts"), refused.getMessage());
        assertTrue(ApiSettings.from(config.with("narrator.api.allow-hosts", "news.example")).enabled());
    }

    @Test
    void aShortTokenIsAProblemThatDoesNotShowTheToken() {
        NarratorConfig config = NarratorConfig.defaults().with("narrator.api.token", "short1");
        String problems = assertThrows(IllegalArgumentException.class, config::validated).getMessage();
        assertTrue(problems.contains("narrator.api.token"), problems);
        assertFalse(problems.contains("short1"), "a secret is never printed: " + problems);
    }
}
