package io.github.narrator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds benchmark article pages shaped like a regional news site's: metadata and JSON-LD in the
 * head, then navigation, a share bar, the headline, byline and date, a photo with its caption, the
 * body with subheadings, a newsletter box, related links and a footer. The extractor must find the
 * body among the clutter, as it does on real pages, so the pipeline is measured doing all its work.
 */
public final class NewsPageGenerator {

    private static final String SITE = "The Valley Courier";
    private static final String HOST = "https://valley-courier.example";

    private NewsPageGenerator() {
    }

    /** One page of about {@code words} body words; the same number always gives the same page. */
    public static GeneratedPage page(int number, int words) {
        NewsTextGenerator text = new NewsTextGenerator(0x5EEDL * 1_000_003L + number);
        String headline = text.headline();
        String author = text.person();
        String related = text.headline();
        List<NewsTextGenerator.GeneratedSection> sections = text.sections(words);
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(number % 300);
        String slug = String.format(Locale.ROOT, "article-%04d-%d-words", number, words);
        String url = HOST + "/news/" + date.getYear() + "/" + slug + "/";
        int bodyWords = sections.stream()
                .mapToInt(s -> (s.heading() == null ? 0 : NewsTextGenerator.wordCount(s.heading()))
                        + s.paragraphs().stream().mapToInt(NewsTextGenerator::wordCount).sum())
                .sum();
        String html = html(headline, author, date, url, text.town(), sections, related);
        return new GeneratedPage(slug, url, headline, bodyWords, html);
    }

    /** Writes pages {@code first} .. {@code first + count - 1} of {@code words} words each into {@code dir}. */
    public static List<Path> writePages(Path dir, int first, int count, int words) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int number = first; number < first + count; number++) {
            files.add(page(number, words).writeTo(dir));
        }
        return files;
    }

    private static String html(String headline, String author, LocalDate date, String url, String town,
                               List<NewsTextGenerator.GeneratedSection> sections, String related) {
        String iso = date + "T07:30:00Z";
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(headline)).append(" | ").append(SITE).append("</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(SITE).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(headline)).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(iso).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(author)).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(json(headline)).append("\",\"datePublished\":\"").append(iso)
                .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(json(author))
                .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(SITE)
                .append("\"},\"mainEntityOfPage\":\"").append(url).append("\"}</script>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/site.4f2a.css\">\n</head>\n")
                .append("<body class=\"article-page\">\n<header class=\"masthead\">\n<a class=\"logo\" href=\"/\">")
                .append(SITE).append("</a>\n<nav class=\"primary-nav\"><ul>")
                .append("<li><a href=\"/news/\">News</a></li><li><a href=\"/sport/\">Sport</a></li>")
                .append("<li><a href=\"/business/\">Business</a></li><li><a href=\"/opinion/\">Opinion</a></li>")
                .append("<li><a href=\"/weather/\">Weather</a></li></ul></nav>\n")
                .append("<a class=\"subscribe\" href=\"/subscribe/\">Subscribe for $1 a week</a>\n</header>\n")
                .append("<main id=\"content\">\n<nav class=\"breadcrumbs\"><a href=\"/news/\">News</a> &rsaquo; <a href=\"/news/local/\">")
                .append(escape(town)).append("</a></nav>\n<article class=\"story\">\n<header class=\"story-header\">\n")
                .append("<h1 class=\"headline\">").append(escape(headline)).append("</h1>\n")
                .append("<p class=\"byline\">By <a rel=\"author\" href=\"/staff/\">").append(escape(author)).append("</a></p>\n")
                .append("<time datetime=\"").append(iso).append("\">")
                .append(date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(date.getDayOfMonth()).append(", ").append(date.getYear()).append("</time>\n")
                .append("<ul class=\"share\"><li><a href=\"#\">Share</a></li><li><a href=\"#\">Email</a></li>")
                .append("<li><a href=\"#\">Print</a></li></ul>\n</header>\n")
                .append("<figure class=\"lead-image\"><img src=\"/images/").append(date).append("/lead.jpg\" alt=\"")
                .append(escape(town)).append(" town hall\"><figcaption>The town hall in ").append(escape(town))
                .append(". Photo: Courier staff</figcaption></figure>\n<div class=\"story-body\">\n");
        for (int i = 0; i < sections.size(); i++) {
            NewsTextGenerator.GeneratedSection section = sections.get(i);
            if (section.heading() != null) {
                page.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            }
            for (String paragraph : section.paragraphs()) {
                page.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            if (i == 0) {
                page.append("<aside class=\"newsletter\"><h3>Get the Courier in your inbox</h3>")
                        .append("<p>Local news every morning. Sign up for free.</p>")
                        .append("<form><input type=\"email\" placeholder=\"Email address\"><button>Sign up</button></form></aside>\n");
            }
        }
        page.append("</div>\n<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/news/related/\">")
                .append(escape(related)).append("</a></li></ul></aside>\n</article>\n</main>\n")
                .append("<footer class=\"site-footer\"><p>&copy; ").append(date.getYear()).append(' ').append(SITE)
                .append(". All rights reserved.</p><ul><li><a href=\"/about/\">About us</a></li>")
                .append("<li><a href=\"/privacy/\">Privacy</a></li><li><a href=\"/contact/\">Contact</a></li></ul></footer>\n")
                .append("</body>\n</html>\n");
        return page.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * One generated page.
     *
     * @param bodyWords words of the article body (headings included), what the extractor should find
     */
    public record GeneratedPage(String slug, String url, String headline, int bodyWords, String html) {

        /** Writes {@code <slug>.html} into {@code dir}. */
        public Path writeTo(Path dir) throws IOException {
            return Files.writeString(dir.resolve(slug + ".html"), html, StandardCharsets.UTF_8);
        }
    }
}
