package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns a news page's HTML into an {@link Article}; refuses pages that are not articles. */
public class ArticleExtractor {

    private final ExtractorSettings settings;

    public ArticleExtractor() {
        this(ExtractorSettings.defaults());
    }

    public ArticleExtractor(ExtractorSettings settings) {
        this.settings = settings;
    }

    /**
     * @param html the decoded page
     * @param url  where the page came from; relative links and the fallback canonical URL resolve against it
     */
    public Article extract(String html, String url) throws ExtractionException {
        Document document = Jsoup.parse(html, url);
        PageModel page = new PageModel(document.body());
        ContentLocator locator = new ContentLocator(page);
        Element container = locator.locate();
        List<TextBlock> blocks = container == null ? List.of()
                : BoilerplateFilter.filter(locator.blocksOf(container), document.title());
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock block : blocks) {
            paragraphs.add(block.text);
        }
        return new Article(url, url, document.title(), null, null, null, "en", null, null, null,
                List.of(new Section(null, paragraphs)));
    }
}
