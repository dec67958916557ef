package io.github.narrator.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads the article links of an RSS 2.0 or Atom feed. DOCTYPEs are refused (ROME's default, kept on
 * purpose), so external entities and entity expansion bombs never run.
 */
public class FeedReader {

    private final int maxItems;

    /** @param maxItems links taken from one feed at most: a 100,000-item feed is cut, not swallowed */
    public FeedReader(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The feed's item links in feed order, resolved against the feed's own URL, duplicates dropped. */
    public List<String> links(FetchedPage feed) throws FetchException {
        SyndFeed parsed = parse(feed);
        URI base = URI.create(feed.finalUrl());
        List<String> links = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            if (links.size() == maxItems) {
                break;
            }
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            if (link == null || link.isBlank()) {
                continue;
            }
            String resolved = resolve(base, link.strip());
            if (resolved != null && !links.contains(resolved)) {
                links.add(resolved);
            }
        }
        return links;
    }

    private static SyndFeed parse(FetchedPage feed) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed.body()), feed.contentType(), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw FetchException.permanent(feed.requestedUrl(), "not a readable RSS or Atom feed: " + e.getMessage());
        }
    }

    private static String resolve(URI base, String link) {
        try {
            return base.resolve(new URI(link.replace(" ", "%20"))).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
