package io.github.narrator.publish.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.github.narrator.NarratorVersion;
import io.github.narrator.files.MediaTypes;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.NarrationMetadata;

/**
 * {@code feed.xml}: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces. Every item is marked as
 * AI-generated twice: in words (the disclosure label opens its description) and for machines
 * ({@code <podcast:txt purpose="ai-content">true</podcast:txt>}, also on the channel).
 *
 * <p>The feed lists the newest narrations; older ones are in its archive pages, linked as RFC 5005
 * archived feeds ({@code prev-archive}, {@code next-archive}, {@code current}, {@code fh:archive}).
 * An item's {@code pubDate} is when the episode was published (or the article's date, when so
 * configured); the article's own date is in its description.
 */
final class PodcastFeed {

    static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    static final String PODCAST = "https://podcastindex.org/namespace/1.0";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String HISTORY = "http://purl.org/syndication/history/1.0";

    private static final DateTimeFormatter ARTICLE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final FeedSettings settings;
    private final String coverUrl;
    private final String channelGuid;
    private Document doc;

    /** @param channelGuid the channel's {@code podcast:guid}: it follows the podcast wherever the feed moves */
    PodcastFeed(FeedSettings settings, String coverUrl, String channelGuid) {
        this.settings = settings;
        this.coverUrl = coverUrl;
        this.channelGuid = channelGuid;
    }

    /** The document {@code page} with its narrations, newest first. */
    byte[] render(FeedPage page, List<PublishedNarration> narrations) {
        doc = newDocument();
        Element rss = doc.createElement("rss");
        rss.setAttribute("version", "2.0");
        rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:itunes", ITUNES);
        rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:podcast", PODCAST);
        rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:atom", ATOM);
        rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:content", CONTENT);
        if (page.isArchive() || page.archives() > 0) {
            rss.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:fh", HISTORY);
        }
        doc.appendChild(rss);
        Element channel = child(rss, "channel");
        channel(channel, page, narrations);
        for (PublishedNarration narration : narrations) {
            item(child(channel, "item"), narration);
        }
        return serialize();
    }

    private void channel(Element channel, FeedPage page, List<PublishedNarration> narrations) {
        text(channel, "title", settings.title());
        text(channel, "link", settings.siteLink());
        text(channel, "description", join(settings.description(), settings.disclosureLabel()));
        text(channel, "language", settings.language());
        link(channel, "self", page.path());
        if (page.isArchive()) {
            ns(channel, HISTORY, "fh:archive");
            link(channel, "current", page.feedPath());
        }
        if (page.previousArchive() != null) {
            link(channel, "prev-archive", page.previousArchive());
        }
        if (page.nextArchive() != null) {
            link(channel, "next-archive", page.nextArchive());
        }
        text(channel, "generator", NarratorVersion.productToken());
        lastBuild(narrations).ifPresent(time -> text(channel, "lastBuildDate", rfc822(time)));
        Element image = child(channel, "image");
        text(image, "url", coverUrl);
        text(image, "title", settings.title());
        text(image, "link", settings.siteLink());
        ns(channel, ITUNES, "itunes:image").setAttribute("href", coverUrl);
        nsText(channel, ITUNES, "itunes:author", settings.author());
        Element owner = ns(channel, ITUNES, "itunes:owner");
        nsText(owner, ITUNES, "itunes:name", settings.ownerName());
        if (!settings.ownerEmail().isEmpty()) {
            nsText(owner, ITUNES, "itunes:email", settings.ownerEmail());
        }
        Element category = ns(channel, ITUNES, "itunes:category");
        category.setAttribute("text", settings.category());
        if (!settings.subcategory().isEmpty()) {
            ns(category, ITUNES, "itunes:category").setAttribute("text", settings.subcategory());
        }
        nsText(channel, ITUNES, "itunes:explicit", String.valueOf(settings.explicit()));
        nsText(channel, ITUNES, "itunes:type", "episodic");
        nsText(channel, PODCAST, "podcast:guid", channelGuid);
        aiContent(channel);
    }

    private void link(Element channel, String rel, String path) {
        Element link = ns(channel, ATOM, "atom:link");
        link.setAttribute("href", settings.url(path));
        link.setAttribute("rel", rel);
        link.setAttribute("type", MediaTypes.RSS);
    }

    private void item(Element item, PublishedNarration narration) {
        NarrationMetadata metadata = narration.metadata();
        String articleUrl = Objects.requireNonNullElse(metadata.canonicalUrl(), metadata.sourceUrl());
        text(item, "title", metadata.title());
        List<String> paragraphs = description(narration, articleUrl);
        text(item, "description", String.join("\n\n", paragraphs));
        if (articleUrl != null) {
            text(item, "link", articleUrl);
        }
        Element guid = text(item, "guid", metadata.guid());
        guid.setAttribute("isPermaLink", "false");
        text(item, "pubDate", rfc822(narration.feedDate(settings.pubDates()).toInstant()));
        Element enclosure = child(item, "enclosure");
        enclosure.setAttribute("url", settings.url(narration.path(NarrationFiles.MP3)));
        enclosure.setAttribute("length", String.valueOf(narration.mp3Bytes()));
        enclosure.setAttribute("type", MediaTypes.MP3);
        nsText(item, ITUNES, "itunes:duration", String.valueOf(Math.round(metadata.durationSeconds())));
        nsText(item, ITUNES, "itunes:explicit", String.valueOf(settings.explicit()));
        nsText(item, ITUNES, "itunes:episodeType", "full");
        nsText(item, ITUNES, "itunes:summary", String.join("\n\n", paragraphs));
        nsText(item, CONTENT, "content:encoded", html(paragraphs, articleUrl));
        if (metadata.image() != null) {
            ns(item, ITUNES, "itunes:image").setAttribute("href", settings.url(narration.path(metadata.image())));
        }
        if (narration.transcript()) {
            Element transcript = ns(item, PODCAST, "podcast:transcript");
            transcript.setAttribute("url", settings.url(narration.path(NarrationFiles.VTT)));
            transcript.setAttribute("type", MediaTypes.WEBVTT);
            transcript.setAttribute("rel", "captions");
            if (metadata.language() != null && !metadata.language().isBlank()) {
                transcript.setAttribute("language", metadata.language());
            }
        }
        if (narration.sentences()) {
            Element sentences = ns(item, PODCAST, "podcast:transcript");
            sentences.setAttribute("url", settings.url(narration.path(NarrationFiles.TRANSCRIPT)));
            sentences.setAttribute("type", MediaTypes.JSON);
        }
        if (narration.chapters()) {
            Element chapters = ns(item, PODCAST, "podcast:chapters");
            chapters.setAttribute("url", settings.url(narration.path(NarrationFiles.CHAPTERS)));
            chapters.setAttribute("type", MediaTypes.JSON_CHAPTERS);
        }
        aiContent(item);
    }

    /**
     * The paragraphs of an item's description: the disclosure first, so that even a one-line preview
     * shows it; the article's summary; who published it and when (the article's own date); its link.
     */
    private List<String> description(PublishedNarration narration, String articleUrl) {
        NarrationMetadata metadata = narration.metadata();
        List<String> parts = new ArrayList<>();
        parts.add(disclosure(metadata));
        if (metadata.description() != null && !metadata.description().isBlank()) {
            parts.add(metadata.description().strip());
        }
        String site = metadata.siteName() == null || metadata.siteName().isBlank() ? null : metadata.siteName().strip();
        if (metadata.publishedAt() != null) {
            parts.add("Published" + (site == null ? "" : " by " + site) + " on " + ARTICLE_DATE.format(metadata.publishedAt()) + ".");
        } else if (site != null) {
            parts.add("Published by " + site + ".");
        }
        if (articleUrl != null) {
            parts.add("Read the article: " + articleUrl);
        }
        return parts;
    }

    /** {@code content:encoded}: the same paragraphs as HTML, the article's address a link. */
    private static String html(List<String> paragraphs, String articleUrl) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>");
            if (articleUrl != null && paragraph.equals("Read the article: " + articleUrl)) {
                html.append("<a href=\"").append(Entities.escape(articleUrl)).append("\">Read the article</a>");
            } else {
                html.append(Entities.escape(paragraph));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private String disclosure(NarrationMetadata metadata) {
        NarrationMetadata.AiDisclosure disclosure = metadata.aiDisclosure();
        return disclosure != null && disclosure.label() != null ? disclosure.label() : settings.disclosureLabel();
    }

    private void aiContent(Element parent) {
        nsText(parent, PODCAST, "podcast:txt", "true").setAttribute("purpose", "ai-content");
    }

    /** The newest narration's time, so an unchanged archive gives a byte-identical feed. */
    private static Optional<Instant> lastBuild(List<PublishedNarration> narrations) {
        return narrations.stream().map(n -> n.metadata().generatedAt()).filter(Objects::nonNull)
                .max(Instant::compareTo);
    }

    static String rfc822(Instant time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.atOffset(ZoneOffset.UTC));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + " " + second;
    }

    private Element child(Element parent, String name) {
        return (Element) parent.appendChild(doc.createElement(name));
    }

    private Element text(Element parent, String name, String value) {
        Element element = child(parent, name);
        element.setTextContent(value);
        return element;
    }

    private Element ns(Element parent, String namespace, String qualifiedName) {
        return (Element) parent.appendChild(doc.createElementNS(namespace, qualifiedName));
    }

    private Element nsText(Element parent, String namespace, String qualifiedName, String value) {
        Element element = ns(parent, namespace, qualifiedName);
        element.setTextContent(value);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            return document;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is broken", e);
        }
    }

    private byte[] serialize() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Written by hand: the JDK's serializer puts the root element on the declaration's line.
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the feed XML", e);
        }
    }
}
