package io.github.narrator.publish.site;

import java.util.Map;

/**
 * Whether each source route also gets a feed and playlist of its own ({@code out/feeds/<route>/}),
 * and the channel titles configured for some routes. Everything else about those channels is the
 * main channel's ({@link FeedSettings}).
 *
 * @param enabled write the per-route feeds; when off, any left from before are removed
 * @param titles  channel title by route id; a route without one is titled "main title — route id"
 */
public record SourceFeedSettings(boolean enabled, Map<String, String> titles) {

    public SourceFeedSettings {
        titles = Map.copyOf(titles);
    }

    /** No per-route feeds: only {@code out/feed.xml}. */
    public static SourceFeedSettings off() {
        return new SourceFeedSettings(false, Map.of());
    }

    /** The channel title of one route's feed. */
    String title(String source, FeedSettings channel) {
        String title = titles.get(source);
        return title == null || title.isBlank() ? channel.title() + " — " + source : title.strip();
    }
}
