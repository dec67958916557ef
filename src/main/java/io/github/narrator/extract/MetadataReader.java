package io.github.narrator.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's metadata from JSON-LD, then OpenGraph, then other meta tags, then the DOM: the
 * first source that has a field wins, as that is the order in which publishers keep them right.
 */
final class MetadataReader {

    private MetadataReader() {
    }

    static PageMetadata read(Document document, String url) {
        JsonLd ld = JsonLd.read(document);
        Map<String, String> meta = metaTags(document);
        Element h1 = document.body() == null ? null : document.body().selectFirst("h1");
        String headline = h1 == null ? null : emptyToNull(h1.text());

        String siteName = siteName(first(meta.get("og:site_name"), publisherName(ld), meta.get("application-name")));
        String title = Titles.choose(ld.text("headline"), meta.get("og:title"), meta.get("twitter:title"),
                headline, document.title(), siteName, host(url));
        String byline = Bylines.choose(ld.authorNames(), Arrays.asList(
                nonUrl(meta.get("author")), meta.get("parsely-author"), meta.get("byl"), meta.get("sailthru.author"),
                nonUrl(meta.get("article:author")), meta.get("dc.creator")), domByline(document), siteName);
        OffsetDateTime published = firstDate(ld.text("datePublished"), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("article:published"), meta.get("datepublished"),
                meta.get("pubdate"), meta.get("publishdate"),
                meta.get("publish-date"), meta.get("parsely-pub-date"), meta.get("sailthru.date"), meta.get("date"),
                meta.get("dc.date.issued"), meta.get("dc.date"), meta.get("dcterms.created"),
                ld.text("dateCreated"), timeAttribute(document));
        OffsetDateTime modified = firstDate(ld.text("dateModified"), meta.get("article:modified_time"),
                meta.get("article:modified"),
                meta.get("og:updated_time"), meta.get("datemodified"), meta.get("last-modified"),
                meta.get("dcterms.modified"));
        String language = first(attribute(document.selectFirst("html"), "lang"), meta.get("content-language"),
                locale(meta.get("og:locale")), ld.text("inLanguage"));
        String canonical = first(absolute(document.selectFirst("link[rel=canonical]"), "href"),
                httpUrl(meta.get("og:url")), httpUrl(ld.text("url")), httpUrl(ld.text("mainEntityOfPage")), url);
        String image = first(httpUrl(meta.get("og:image")), httpUrl(ld.text("image")),
                httpUrl(meta.get("twitter:image")), httpUrl(meta.get("og:image:url")));
        String description = first(meta.get("og:description"), meta.get("description"), ld.text("description"),
                meta.get("twitter:description"));
        String ogType = meta.get("og:type");
        boolean listing = ld.isListing() || (!ld.typedArticle && "website".equalsIgnoreCase(ogType));
        return new PageMetadata(title, byline, published, modified, language == null ? null : language.strip(),
                canonical, clean(siteName), image, clean(description), ld.text("articleBody"), headline, listing,
                !ld.isFree());
    }

    /** meta name / property / itemprop / http-equiv (lower case) to content; the first of each wins. */
    private static Map<String, String> metaTags(Document document) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : document.getElementsByTag("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // itemprop may hold several names: "datePublished dateCreated"
                for (String name : meta.attr(key).split("\\s+")) {
                    if (!name.isEmpty()) {
                        tags.putIfAbsent(name.toLowerCase(Locale.ROOT), content.strip());
                    }
                }
            }
        }
        return tags;
    }

    /** "LinkNaija | Nigeria's popular news platform" → "LinkNaija"; a URL is no name. */
    private static @Nullable String siteName(@Nullable String value) {
        if (value == null || value.contains("://")) {
            return null;
        }
        int bar = value.indexOf(" | ");
        return bar > 0 ? value.substring(0, bar) : value;
    }

    private static @Nullable String publisherName(JsonLd ld) {
        return ld.article == null ? null : JsonLd.text(ld.article.path("publisher").get("name"));
    }

    /** A byline from the markup: rel=author, itemprop=author, or an element named "byline". */
    private static @Nullable String domByline(Document document) {
        Element body = document.body();
        if (body == null) {
            return null;
        }
        Element author = body.selectFirst("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]");
        if (author == null) {
            author = body.selectFirst("[class*=byline], [class*=author-name], [class*=authorName]");
        }
        if (author == null) {
            return null;
        }
        String text = author.text();
        return text.length() > 120 ? null : emptyToNull(text);
    }

    /** The first {@code <time datetime>} of the article, the last resort for the publication date. */
    private static @Nullable String timeAttribute(Document document) {
        Element time = document.selectFirst("article time[datetime], time[pubdate], time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static @Nullable OffsetDateTime firstDate(@Nullable String... values) {
        for (String value : values) {
            OffsetDateTime date = DateParser.parse(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static @Nullable String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String attribute(@Nullable Element element, String name) {
        return element == null ? null : emptyToNull(element.attr(name));
    }

    private static @Nullable String absolute(@Nullable Element element, String name) {
        return element == null ? null : httpUrl(element.absUrl(name));
    }

    private static @Nullable String httpUrl(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        return url.startsWith("https://") || url.startsWith("http://") ? url : null;
    }

    private static @Nullable String nonUrl(@Nullable String value) {
        return value == null || value.contains("://") ? null : value;
    }

    /** og:locale "en_GB" as a language tag "en-GB". */
    private static @Nullable String locale(@Nullable String value) {
        return value == null ? null : value.replace('_', '-');
    }

    /** The URL's host in lower case; null when there is no URL or it has no host. */
    static @Nullable String host(@Nullable String url) {
        try {
            String host = url == null ? null : URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Entities left in metadata by double escaping ("&#8211;") decoded, invisible characters dropped, white space
     * collapsed; null when nothing is left.
     */
    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value;
        return emptyToNull(TextRules.withoutInvisible(text).replaceAll("[\\s\\u00a0\\u2028\\u2029]+", " ").strip());
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
