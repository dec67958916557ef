package io.github.narrator.publish.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.io.FilenameUtils;

import io.github.narrator.publish.artwork.CoverRules;

/**
 * The podcast channel and where {@code out/} is published: everything the feed and the player pages
 * need besides the narrations themselves.
 *
 * @param baseUrl         the absolute http(s) address {@code out/} is served at, e.g. {@code https://news.example/listen};
 *                        feed links and enclosures are absolute URLs under it. Blank: not set, the files are
 *                        written for {@link #PREVIEW_BASE_URL} and {@code narrator serve} answers with its own address
 * @param title           channel title
 * @param description     channel description (the disclosure label is added to it)
 * @param link            the channel's web site; blank means the player page at {@code baseUrl}
 * @param language        channel language, e.g. {@code en} or {@code en-GB}
 * @param author          {@code itunes:author}
 * @param ownerName       {@code itunes:owner/itunes:name}
 * @param ownerEmail      {@code itunes:owner/itunes:email}; blank leaves it out
 * @param image           cover art: a local JPEG or PNG file, or an http(s) URL; blank for a plain generated cover
 * @param category        {@code itunes:category}, one of Apple's category names, e.g. {@code News}
 * @param subcategory     nested {@code itunes:category}, e.g. {@code Daily News}; blank for none
 * @param explicit        {@code itunes:explicit}
 * @param disclosureLabel the AI disclosure shown on the channel
 * @param guid            the channel's {@code podcast:guid}; blank: one is made for the output folder, once
 * @param itemCap         items in the feed, newest first; older ones are in its archive pages
 * @param pubDates        what an item's {@code pubDate} is: when the episode was published, or the article's date
 */
public record FeedSettings(
        String baseUrl,
        String title,
        String description,
        String link,
        String language,
        String author,
        String ownerName,
        String ownerEmail,
        String image,
        String category,
        String subcategory,
        boolean explicit,
        String disclosureLabel,
        String guid,
        int itemCap,
        PubDates pubDates) {

    /** Where the feed's links point while no base URL is set: {@code narrator serve}'s default address. */
    public static final String PREVIEW_BASE_URL = "http://127.0.0.1:8080";
    public static final int DEFAULT_ITEM_CAP = 300;

    /** What an item's {@code pubDate} is. */
    public enum PubDates {
        /** When the narration first appeared in the feed: subscribers see a new episode on top. */
        EPISODE,
        /** The article's own date, as before: for archives, whose old articles belong deep in the feed. */
        ARTICLE
    }

    public FeedSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "" : checkedBaseUrl(baseUrl);
        title = required("title", title);
        description = blankToEmpty(description);
        link = blankToEmpty(link);
        language = required("language", language);
        author = required("author", author);
        ownerName = blankToEmpty(ownerName).isEmpty() ? author : ownerName.strip();
        ownerEmail = blankToEmpty(ownerEmail);
        image = blankToEmpty(image);
        category = required("category", category);
        subcategory = blankToEmpty(subcategory);
        disclosureLabel = required("disclosure label", disclosureLabel);
        guid = checkedGuid(guid);
        if (itemCap < 1) {
            throw new IllegalArgumentException("the feed item cap must be at least 1, not " + itemCap);
        }
        pubDates = pubDates == null ? PubDates.EPISODE : pubDates;
    }

    /** The channel as before the item cap and stored GUID: every default but the ones given. */
    public FeedSettings(String baseUrl, String title, String description, String link, String language, String author,
            String ownerName, String ownerEmail, String image, String category, String subcategory, boolean explicit,
            String disclosureLabel) {
        this(baseUrl, title, description, link, language, author, ownerName, ownerEmail, image, category, subcategory,
                explicit, disclosureLabel, "", DEFAULT_ITEM_CAP, PubDates.EPISODE);
    }

    /** The address files are published for: the configured base URL, else {@link #PREVIEW_BASE_URL}. */
    @Override
    public String baseUrl() {
        return baseUrl.isEmpty() ? PREVIEW_BASE_URL : baseUrl;
    }

    /** Whether a base URL is configured (when not, {@code narrator serve} rewrites the links to its own address). */
    public boolean baseUrlSet() {
        return !baseUrl.isEmpty();
    }

    /**
     * Why the published links will not work for subscribers elsewhere, or empty when they will: a
     * loopback address only reaches this machine, and plain http is refused by Apple Podcasts and
     * flagged by most apps.
     */
    public Optional<String> baseUrlProblem() {
        String base = baseUrl();
        String host = URI.create(base).getHost().toLowerCase(Locale.ROOT);
        String fix = " Set narrator.feed.base-url to the https address out/ is published at (README: Publishing).";
        if (!baseUrlSet()) {
            return Optional.of("narrator.feed.base-url is not set: the feed's links point at " + base
                    + ", which only this machine can reach (narrator serve answers with its own address instead)." + fix);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1") || host.equals("0.0.0.0")) {
            return Optional.of("the feed's base URL " + base + " is a loopback address: only this machine can follow its links." + fix);
        }
        if (base.toLowerCase(Locale.ROOT).startsWith("http://")) {
            return Optional.of("the feed's base URL " + base + " is plain http: Apple Podcasts refuses it and apps warn." + fix);
        }
        return Optional.empty();
    }

    /** The absolute URL of a file in {@code out/}, given its path relative to {@code out/}. */
    public String url(String relativePath) {
        return baseUrl() + "/" + relativePath;
    }

    String feedUrl() {
        return url(SiteBuilder.FEED);
    }

    /** The same channel under another title (a source route's own feed). */
    FeedSettings withTitle(String otherTitle) {
        return new FeedSettings(baseUrl, otherTitle, description, link, language, author, ownerName, ownerEmail, image,
                category, subcategory, explicit, disclosureLabel, guid, itemCap, pubDates);
    }

    /** The channel's web site: the configured link, or the player page. */
    String siteLink() {
        return link.isEmpty() ? baseUrl() + "/" : link;
    }

    /** The configured cover when it is a local file: copied into {@code out/} and, for the audio engineer, the ID3 APIC picture. */
    public Optional<Path> coverImageFile() {
        if (image.isEmpty() || isWebAddress(image)) {
            return Optional.empty();
        }
        Path file = Path.of(image);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cover image " + file + " does not exist or is not a file");
        }
        if (!FilenameUtils.isExtension(file.getFileName().toString().toLowerCase(Locale.ROOT), "jpg", "jpeg", "png")) {
            throw new IllegalArgumentException("cover image " + file + " must be a .jpg, .jpeg or .png file");
        }
        CoverRules.check(file);
        return Optional.of(file);
    }

    /** The cover as a web address, when it is configured as one (nothing is copied then). */
    Optional<String> coverImageUrl() {
        return isWebAddress(image) ? Optional.of(image) : Optional.empty();
    }

    private static boolean isWebAddress(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String checkedBaseUrl(String value) {
        String url = required("base URL", value).replaceAll("/+$", "");
        try {
            URI uri = new URI(url);
            if (!isWebAddress(url) || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("the feed base URL must be an absolute http(s) URL without query, not '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the feed base URL is not a URL: '" + value + "'", e);
        }
        return url;
    }

    private static String checkedGuid(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return java.util.UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the feed GUID must be a UUID such as 917393e3-1b1e-5cef-ace4-edaa54e1f810, not '"
                    + value + "'", e);
        }
    }

    private static String required(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the feed " + what + " must not be empty");
        }
        return value.strip();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
