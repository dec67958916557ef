package io.github.narrator.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.github.narrator.NarratorVersion;
import io.github.narrator.files.MediaTypes;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.NarrationMetadata;

/**
 * The player pages: {@code index.html} (every narration, newest first, each with its own
 * {@code <audio>}) and one read-along page per narration. The pages are complete without
 * JavaScript; {@code player.js} adds highlighting, seeking from the text, chapters and speed.
 * Built from the HTML templates beside this class with jsoup, so every text is escaped.
 */
final class PlayerPages {

    /** A gap this long between two sentences is a paragraph break (the script pauses 500 ms there). */
    private static final double PARAGRAPH_GAP_SECONDS = 0.35;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final FeedSettings settings;

    PlayerPages(FeedSettings settings) {
        this.settings = settings;
    }

    /** {@code index.html}: the narrations of the feed itself. */
    String index(List<PublishedNarration> narrations, List<SourceFeeds.Feed> routeFeeds, int archives) {
        return index(narrations, routeFeeds, 0, archives);
    }

    /**
     * A list page: {@code index.html} ({@code number} 0) or {@code archive/<number>.html}, which lists
     * the narrations of the feed's archive page of that number; each links to the next older and
     * newer one. Every link is relative, so the pages work under any base path.
     */
    String index(List<PublishedNarration> narrations, List<SourceFeeds.Feed> routeFeeds, int number, int archives) {
        Document page = template("index.html");
        page.selectFirst("html").attr("lang", settings.language());
        page.select("[data-slot=channel-title]").forEach(e -> e.text(settings.title()));
        fill(page, "channel-description", settings.description());
        fill(page, "disclosure", settings.disclosureLabel());
        fill(page, "generator", "Made with " + NarratorVersion.productToken() + ".");
        Element list = slot(page, "narrations");
        for (PublishedNarration narration : narrations) {
            listItem(list.appendElement("li").addClass("narration-item"), narration);
        }
        if (narrations.isEmpty()) {
            list.remove();
        } else {
            slot(page, "empty").remove();
        }
        routeFeeds(page, routeFeeds);
        pageLinks(page, number, archives);
        if (number > 0) {
            page.select("[data-slot=channel-title]").forEach(e -> e.text(settings.title() + ": older narrations, page " + number));
            slot(page, "narrations-heading").text("Narrations, page " + number + " of " + archives + " (page 1 is the oldest)");
            relativeTo(page, "../");
        }
        return html(page);
    }

    private static void pageLinks(Document page, int number, int archives) {
        Element nav = slot(page, "page-links");
        if (archives == 0) {
            nav.remove();
            return;
        }
        Element list = nav.appendElement("ul");
        if (number > 0) {
            String newer = number == archives ? "../" + SiteBuilder.INDEX : number + 1 + ".html";
            list.appendElement("li").appendElement("a").attr("href", newer).attr("rel", "next").text("Newer narrations");
        }
        int older = number == 0 ? archives : number - 1;
        if (older >= 1) {
            String href = number == 0 ? FeedPage.ARCHIVE_DIR + older + ".html" : older + ".html";
            list.appendElement("li").appendElement("a").attr("href", href).attr("rel", "prev").text("Older narrations");
        }
    }

    /** A page one folder down ({@code archive/}): its links to the site's files get {@code prefix}. */
    private static void relativeTo(Document page, String prefix) {
        for (Element element : page.select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            boolean own = element.closest("[data-slot=page-links]") != null;
            if (!own && !value.isEmpty() && !value.startsWith("#") && !value.startsWith("data:") && !value.startsWith("../")
                    && !value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !value.startsWith("/")) {
                element.attr(attribute, prefix + value);
            }
        }
    }

    /** Links to each source route's feed and playlist, and the feeds for discovery by feed readers. */
    private static void routeFeeds(Document page, List<SourceFeeds.Feed> feeds) {
        if (feeds.isEmpty()) {
            slot(page, "route-feeds").remove();
            return;
        }
        Element list = slot(page, "route-feed-list");
        for (SourceFeeds.Feed feed : feeds) {
            String title = feed.channel().title();
            page.head().appendElement("link").attr("rel", "alternate").attr("type", MediaTypes.RSS)
                    .attr("href", feed.feedPath()).attr("title", title);
            Element item = list.appendElement("li");
            item.appendText(title + ": ");
            item.appendElement("a").attr("href", feed.feedPath()).text("podcast feed (RSS)");
            item.appendText(" · ");
            item.appendElement("a").attr("href", feed.playlistPath()).text("playlist (M3U)");
        }
    }

    private void listItem(Element item, PublishedNarration narration) {
        NarrationMetadata metadata = narration.metadata();
        String base = SiteBuilder.ARTICLES + "/" + narration.slug() + "/";
        String headingId = "n-" + narration.slug();
        Element article = item.appendElement("article").attr("aria-labelledby", headingId);
        article.appendElement("h3").id(headingId).appendElement("a").attr("href", base).text(metadata.title());
        meta(article.appendElement("p").addClass("meta"), narration);
        article.appendElement("p").addClass("ai-disclosure").text(disclosure(metadata));
        audio(article, narration, base).attr("preload", "none");
        Element links = article.appendElement("p").addClass("links");
        links.appendElement("a").attr("href", base).text("Read along");
        links.appendText(" · ");
        links.appendElement("a").attr("href", base + NarrationFiles.MP3).attr("download", "")
                .text("Download MP3 (" + TimeText.bytes(narration.mp3Bytes()) + ")");
    }

    String article(PublishedNarration narration, List<TranscriptCues.Cue> cues, List<ChapterList.Chapter> chapters) {
        NarrationMetadata metadata = narration.metadata();
        Document page = template("article.html");
        page.selectFirst("html").attr("lang", language(metadata));
        fill(page, "page-title", metadata.title() + " · " + settings.title());
        fill(page, "channel-title", "All narrations: " + settings.title());
        fill(page, "title", metadata.title());
        meta(slot(page, "meta"), narration);
        fill(page, "disclosure", disclosure(metadata) + voice(metadata));
        Element audio = slot(page, "audio").attr("aria-label", "Narration: " + metadata.title());
        if (narration.transcript()) {
            audio.prependElement("track").attr("kind", "captions").attr("src", NarrationFiles.VTT)
                    .attr("srclang", language(metadata)).attr("label", languageName(metadata)).attr("default", "");
        }
        downloads(slot(page, "downloads"), narration);
        if (chapters.isEmpty()) {
            slot(page, "chapters").remove();
        } else {
            chapterList(slot(page, "chapter-list"), chapters);
        }
        transcript(slot(page, "transcript"), cues, chapters);
        fill(page, "footer", "Read by a synthetic voice from the article"
                + (metadata.siteName() == null ? "" : " published by " + metadata.siteName())
                + ". Made with " + Objects.requireNonNullElse(metadata.generator(), NarratorVersion.productToken()) + ".");
        return html(page);
    }

    private void meta(Element meta, PublishedNarration narration) {
        NarrationMetadata metadata = narration.metadata();
        List<String> parts = new ArrayList<>();
        if (metadata.siteName() != null && !metadata.siteName().isBlank()) {
            parts.add(metadata.siteName());
        }
        if (metadata.byline() != null && !metadata.byline().isBlank()) {
            parts.add(metadata.byline());
        }
        for (String part : parts) {
            meta.appendElement("span").text(part);
            meta.appendText(" · ");
        }
        meta.appendElement("time").attr("datetime", narration.date().toString()).text(DATE.format(narration.date()));
        meta.appendText(" · ");
        meta.appendElement("time").attr("datetime", TimeText.isoDuration(metadata.durationSeconds()))
                .text(TimeText.length(metadata.durationSeconds()));
    }

    private Element audio(Element parent, PublishedNarration narration, String base) {
        NarrationMetadata metadata = narration.metadata();
        Element audio = parent.appendElement("audio").attr("controls", "").attr("src", base + NarrationFiles.MP3)
                .attr("aria-label", "Narration: " + metadata.title());
        if (narration.transcript()) {
            audio.appendElement("track").attr("kind", "captions").attr("src", base + NarrationFiles.VTT)
                    .attr("srclang", language(metadata)).attr("label", languageName(metadata)).attr("default", "");
        }
        audio.appendElement("a").attr("href", base + NarrationFiles.MP3).text("Download the narration (MP3)");
        return audio;
    }

    private static void downloads(Element list, PublishedNarration narration) {
        list.appendElement("li").appendElement("a").attr("href", NarrationFiles.MP3).attr("download", "")
                .text("Download MP3 (" + TimeText.bytes(narration.mp3Bytes()) + ")");
        if (narration.transcript()) {
            list.appendElement("li").appendElement("a").attr("href", NarrationFiles.VTT).text("Transcript (WebVTT)");
        }
        if (narration.chapters()) {
            list.appendElement("li").appendElement("a").attr("href", NarrationFiles.CHAPTERS).text("Chapters (JSON)");
        }
        String articleUrl = narration.metadata().canonicalUrl();
        if (articleUrl != null && articleUrl.matches("(?i)https?://.*")) {
            list.appendElement("li").appendElement("a").attr("href", articleUrl).text("The original article");
        }
    }

    private static void chapterList(Element list, List<ChapterList.Chapter> chapters) {
        for (ChapterList.Chapter chapter : chapters) {
            Element link = list.appendElement("li").appendElement("a").addClass("chapter")
                    .attr("href", NarrationFiles.MP3 + "#t=" + TimeText.attribute(chapter.start()))
                    .attr("data-start", TimeText.attribute(chapter.start()));
            link.appendElement("span").addClass("chapter-time").text(TimeText.clock(chapter.start()));
            link.appendText(" ");
            link.appendElement("span").addClass("chapter-title").text(chapter.title());
        }
    }

    /**
     * The sentences, grouped as they were read: a section per chapter (its heading is the spoken
     * heading sentence when there is one), a paragraph wherever the voice paused for one.
     */
    private static void transcript(Element container, List<TranscriptCues.Cue> cues, List<ChapterList.Chapter> chapters) {
        int chapter = -1;
        Element section = container;
        Element paragraph = null;
        TranscriptCues.Cue previous = null;
        for (TranscriptCues.Cue cue : cues) {
            boolean newChapter = false;
            while (chapter + 1 < chapters.size() && cue.start() + 0.001 >= chapters.get(chapter + 1).start()) {
                chapter++;
                newChapter = true;
            }
            if (newChapter) {
                section = container.appendElement("section").addClass("transcript-chapter");
                paragraph = null;
                String title = chapters.get(chapter).title();
                if (sameWords(title, cue.text())) {
                    cue(section.appendElement("h3"), cue);
                    previous = cue;
                    continue;
                }
                section.appendElement("h3").text(title);
            }
            if (paragraph == null || previous != null && cue.start() - previous.end() >= PARAGRAPH_GAP_SECONDS) {
                paragraph = section.appendElement("p");
            } else {
                paragraph.appendText(" ");
            }
            cue(paragraph, cue);
            previous = cue;
        }
    }

    private static void cue(Element parent, TranscriptCues.Cue cue) {
        parent.appendElement("a").addClass("cue")
                .attr("href", NarrationFiles.MP3 + "#t=" + TimeText.attribute(cue.start()))
                .attr("data-start", TimeText.attribute(cue.start()))
                .attr("data-end", TimeText.attribute(cue.end()))
                .text(cue.text());
    }

    private static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private String disclosure(NarrationMetadata metadata) {
        NarrationMetadata.AiDisclosure disclosure = metadata.aiDisclosure();
        return disclosure != null && disclosure.label() != null ? disclosure.label() : settings.disclosureLabel();
    }

    private static String voice(NarrationMetadata metadata) {
        if (metadata.voice() == null) {
            return "";
        }
        return " Voice: " + metadata.voice() + (metadata.ttsEngine() == null ? "" : " (" + metadata.ttsEngine() + ")") + ".";
    }

    private String language(NarrationMetadata metadata) {
        return metadata.language() == null || metadata.language().isBlank() ? settings.language() : metadata.language();
    }

    private String languageName(NarrationMetadata metadata) {
        String name = Locale.forLanguageTag(language(metadata)).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language(metadata) : name;
    }

    private static void fill(Document page, String slot, String text) {
        page.select("[data-slot=" + slot + "]").forEach(e -> e.text(text));
    }

    private static Element slot(Document page, String name) {
        return Objects.requireNonNull(page.selectFirst("[data-slot=" + name + "]"), "template slot " + name);
    }

    private static String html(Document page) {
        page.select("[data-slot]").removeAttr("data-slot");
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1).outline(false);
        return page.outerHtml() + "\n";
    }

    static byte[] templateBytes(String name) throws IOException {
        try (InputStream in = PlayerPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("page template " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static Document template(String name) {
        try (InputStream in = PlayerPages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("page template " + name + " is missing from the jar");
            }
            return Jsoup.parse(in, "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page template " + name, e);
        }
    }
}
