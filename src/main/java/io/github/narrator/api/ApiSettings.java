package io.github.narrator.api;

import org.jspecify.annotations.Nullable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.fetch.SourcePolicy;

/**
 * The submit API's settings ({@code narrator.api.*}).
 *
 * @param token             the bearer token clients send; empty: the API is off
 * @param policy            what a submitted URL may be: web pages on the allowed hosts only; null when off
 * @param maxBodyBytes      the largest request body
 * @param maxUrls           URLs in one request, at most
 * @param requestsPerMinute submissions (and refused tokens) per client address a minute
 * @param statusesKept      submissions whose status is kept
 */
public record ApiSettings(String token, @Nullable SourcePolicy policy, int maxBodyBytes, int maxUrls, int requestsPerMinute,
                          int statusesKept) {

    public boolean enabled() {
        return !token.isEmpty();
    }

    /**
     * The API's settings. With a token set, {@code narrator.api.allow-hosts} must name the hosts
     * submitted URLs may be on (or {@code *}): the API fetches what a stranger with the token names,
     * so, like a URL list's links, it takes only the hosts it was set up for.
     */
    public static ApiSettings from(NarratorConfig config) {
        String token = config.get("narrator.api.token", "").strip();
        @Nullable SourcePolicy policy = null;
        if (!token.isEmpty()) {
            try {
                policy = SourcePolicy.webHosts(SourcePolicy.hostList(config.get("narrator.api.allow-hosts", "")),
                        config.getBoolean("narrator.fetch.allow-private-addresses"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("narrator.api.allow-hosts: " + e.getMessage()
                        + " (the submit API is on because narrator.api.token is set)", e);
            }
        }
        return new ApiSettings(token, policy, config.getInt("narrator.api.max-body"), config.getInt("narrator.api.max-urls"),
                config.getInt("narrator.api.requests-per-minute"), config.getInt("narrator.api.statuses"));
    }
}
