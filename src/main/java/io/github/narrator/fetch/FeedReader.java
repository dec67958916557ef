package io.github.narrator.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
            String resolved = ListedLinks.resolve(base, link);
            if (resolved != null && !links.contains(resolved)) {
                links.add(resolved);
            }
        }
        return links;
    }

    private static SyndFeed parse(FetchedPage feed) throws FetchException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        byte[] body = feed.truncated() ? closedAfterLastItem(feed.body()) : feed.body();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), feed.contentType(), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw FetchException.permanent(feed.requestedUrl(), "not a readable RSS or Atom feed"
                    + (feed.truncated() ? " (cut at the size cap)" : "") + ": " + e.getMessage());
        }
    }

    /**
     * A feed cut at the size cap ends in the middle of an item: it is closed after its last whole
     * item, so the newest items (feeds list them first) are still read. Feeds in an encoding that is
     * not ASCII-compatible are left as they are.
     */
    static byte[] closedAfterLastItem(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String[][] shapes = {{"<rdf:RDF", "</item>", "</rdf:RDF>"}, {"<rss", "</item>", "</channel></rss>"},
                {"<feed", "</entry>", "</feed>"}};
        for (String[] shape : shapes) {
            int lastItemEnd = text.lastIndexOf(shape[1]);
            if (text.contains(shape[0]) && lastItemEnd >= 0) {
                String closed = text.substring(0, lastItemEnd + shape[1].length()) + shape[2];
                return closed.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return body;
    }

}
