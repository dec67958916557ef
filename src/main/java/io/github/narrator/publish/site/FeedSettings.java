package io.github.narrator.publish.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.io.FilenameUtils;

/**
 * The podcast channel and where {@code out/} is published: everything the feed and the player pages
 * need besides the narrations themselves.
 *
 * @param baseUrl         the absolute http(s) address {@code out/} is served at, e.g. {@code https://news.example/listen};
 *                        feed links and enclosures are absolute URLs under it
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
        String disclosureLabel) {

    public FeedSettings {
        baseUrl = checkedBaseUrl(baseUrl);
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
    }

    /** The absolute URL of a file in {@code out/}, given its path relative to {@code out/}. */
    public String url(String relativePath) {
        return baseUrl + "/" + relativePath;
    }

    public String feedUrl() {
        return url(SiteBuilder.FEED);
    }

    /** The same channel under another title (a source route's own feed). */
    FeedSettings withTitle(String otherTitle) {
        return new FeedSettings(baseUrl, otherTitle, description, link, language, author, ownerName, ownerEmail, image,
                category, subcategory, explicit, disclosureLabel);
    }

    /** The channel's web site: the configured link, or the player page. */
    public String siteLink() {
        return link.isEmpty() ? baseUrl + "/" : link;
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
        return Optional.of(file);
    }

    /** The cover as a web address, when it is configured as one (nothing is copied then). */
    public Optional<String> coverImageUrl() {
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
