package io.github.narrator.fetch;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads an XML sitemap (sitemaps.org): the page URLs of a {@code <urlset>}, or the child sitemaps of a
 * {@code <sitemapindex>}. Google News sitemaps are plain urlsets with extra tags, read the same way.
 *
 * <p>Hostile sitemaps: a DOCTYPE is refused before anything is expanded (no external entities, no
 * entity bombs), a document that is not a urlset or sitemap index is refused, and at most
 * {@code maxItems} locations are taken, the most recently modified first, so a 100,000-URL archive
 * is read a bounded slice per poll. (A {@code sitemap.xml.gz} is inflated by
 * {@link PageFetcher#fetchDocument}.)
 */
public final class SitemapReader {

    /** What a sitemap lists: pages (a urlset) or further sitemaps (a sitemap index). */
    public record Sitemap(List<String> pages, List<String> sitemaps) {
    }

    private record Location(String url, @Nullable OffsetDateTime lastModified, int order) {
    }

    private final int maxItems;

    /** @param maxItems locations taken from one sitemap at most */
    public SitemapReader(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The sitemap's locations, resolved against its own URL, newest first, duplicates dropped. */
    public Sitemap read(FetchedPage sitemap) throws FetchException {
        List<Location> pages = new ArrayList<>();
        List<Location> sitemaps = new ArrayList<>();
        URI base = URI.create(sitemap.finalUrl());
        XMLStreamReader xml = null;
        try {
            // Decoded here (sitemaps are UTF-8 by the protocol; a BOM or header may say otherwise), so
            // undecodable bytes cannot make the JDK's parser print to stderr.
            xml = secureFactory().createXMLStreamReader(new StringReader(sitemap.html()));
            String entry = null;
            String loc = null;
            String lastModified = null;
            int order = 0;
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw FetchException.permanent(sitemap.requestedUrl(), "sitemap has a DOCTYPE: refused (a sitemap needs none)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!rootSeen && !name.equals("urlset") && !name.equals("sitemapindex")) {
                        throw FetchException.permanent(sitemap.requestedUrl(),
                                "not a sitemap: the document is <" + name + ">, not <urlset> or <sitemapindex>");
                    }
                    rootSeen = true;
                    if (name.equals("url") || name.equals("sitemap")) {
                        entry = name;
                        loc = null;
                        lastModified = null;
                    } else if (entry != null && name.equals("loc") && loc == null && inSitemapNamespace(xml)) {
                        loc = xml.getElementText().strip();
                    } else if (entry != null && name.equals("lastmod") && lastModified == null && inSitemapNamespace(xml)) {
                        lastModified = xml.getElementText().strip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(entry)) {
                    String resolved = loc == null ? null : ListedLinks.resolve(base, loc);
                    if (resolved != null) {
                        Location location = new Location(resolved, lastModified(lastModified), order++);
                        (entry.equals("url") ? pages : sitemaps).add(location);
                    }
                    entry = null;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw FetchException.permanent(sitemap.requestedUrl(), "not a readable XML sitemap"
                    + (sitemap.truncated() ? " (cut at the size cap)" : "") + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        } finally {
            close(xml);
        }
        return new Sitemap(newestFirst(pages), newestFirst(sitemaps));
    }

    private List<String> newestFirst(List<Location> locations) {
        Set<String> urls = new LinkedHashSet<>();
        locations.stream()
                .sorted(Comparator.comparing(Location::lastModified, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparingInt(Location::order))
                .forEach(location -> {
                    if (urls.size() < maxItems) {
                        urls.add(location.url());
                    }
                });
        return List.copyOf(urls);
    }

    /** Not an extension's tag of the same name, such as {@code <image:loc>}. */
    private static boolean inSitemapNamespace(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace == null || namespace.isEmpty() || namespace.contains("sitemaps.org");
    }

    /** A W3C date or date-time ("2026-11-26", "2026-11-26T09:30:00+01:00"); null when absent or unreadable. */
    private static @Nullable OffsetDateTime lastModified(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null; // an unreadable date only loses the entry its place in the order
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }


    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was left open that matters: the input is a byte array
            }
        }
    }
}
