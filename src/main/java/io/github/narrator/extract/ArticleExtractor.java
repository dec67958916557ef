package io.github.narrator.extract;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a news page's HTML into an {@link Article}; refuses pages that are not articles.
 *
 * <p>Thread-safe: an instance holds only its immutable settings, and every call works on its own
 * parsed page, so worker threads may share one extractor.
 */
public class ArticleExtractor {

    private final ExtractorSettings settings;
    private final BlockModel model;

    public ArticleExtractor(ExtractorSettings settings) {
        this(settings, BlockModel.standard());
    }

    /** With another block model: the training program scores the models it learns this way. */
    ArticleExtractor(ExtractorSettings settings, BlockModel model) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.settings = settings;
        this.model = model;
    }

    public ExtractorSettings settings() {
        return settings;
    }

    /**
     * @param html the decoded page
     * @param url  where the page came from; relative links and the fallback canonical URL resolve against it
     * @throws ExtractionException when the page is not an article (an index, an error page, a
     *                             paywall stub), holds no article text, or is in a language the
     *                             settings do not accept
     */
    public Article extract(String html, String url) throws ExtractionException {
        return extract(analyse(html, url));
    }

    /** Reads the page and judges its blocks; keeps none yet. */
    PageAnalysis analyse(String html, String url) throws ExtractionException {
        if (html == null || html.isBlank()) {
            throw new ExtractionException("empty page: " + url);
        }
        Document document = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = MetadataReader.read(document, url);
        int links = document.body() == null ? 0 : document.body().getElementsByTag("a").size();
        SiteRule rule = settings.ruleFor(MetadataReader.host(url));
        if (rule == null) {
            rule = settings.ruleFor(MetadataReader.host(metadata.canonicalUrl()));
        }
        BodyFinder.Found found = BodyFinder.find(document, metadata, rule);
        return new PageAnalysis(url, metadata, document.title(), links, found.linkedHeadings(), found.blocks(),
                found.features(), found.parents(), found.grandparents(), found.ruled(), found.structured());
    }

    /** Keeps the blocks the model picks and makes the article, or says why the page is not one. */
    Article extract(PageAnalysis page) throws ExtractionException {
        PageMetadata metadata = page.metadata();
        List<Section> sections = Sections.of(BlockSelector.select(page, model));
        String text = bodyText(sections);
        int words = TextRules.words(text);
        String title = metadata.title() != null ? metadata.title() : metadata.headline();
        String reason = PageClassifier.refusal(metadata, page.url(), title != null ? title : page.pageTitle(), words,
                page.links(), page.linkedHeadings(), settings.minBodyWords());
        if (reason != null) {
            throw new ExtractionException(reason);
        }
        String language = LanguageDetector.resolve(metadata.declaredLanguage(), text);
        if (!settings.acceptsLanguage(language)) {
            throw new ExtractionException("language " + language + " not supported by voice " + settings.voice());
        }
        return new Article(page.url(), metadata.canonicalUrl() != null ? metadata.canonicalUrl() : page.url(),
                title != null ? title : firstWords(text), metadata.byline(), metadata.publishedAt(),
                metadata.modifiedAt(), language, metadata.siteName(), metadata.leadImageUrl(),
                metadata.description(), sections);
    }

    private static String bodyText(List<Section> sections) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            if (section.heading() != null) {
                text.append(section.heading()).append('\n');
            }
            section.paragraphs().forEach(p -> text.append(p).append('\n'));
        }
        return text.toString();
    }

    /** A title for a page that has none: its first words. */
    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", 13);
        if (words.length <= 12) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 12)) + "…";
    }
}
