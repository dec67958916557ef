package io.github.narrator.extract;

import io.github.narrator.testing.Prerequisites;
import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * How often the extracted title and publication date agree with what the dev pages declare in
 * JSON-LD ({@code headline}, {@code datePublished}) or OpenGraph ({@code og:title},
 * {@code article:published_time}), read here independently of the extractor. Prints the rates.
 */
class MetadataAgreementTest {

    private static final Path HTML = Path.of("..", "shared", "data", "extraction", "dev", "html");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void titlesAndDatesAgreeWithTheDeclaredValues() throws Exception {
        Prerequisites.shared("data/extraction/dev/html");
        // the pipeline's minimum length applies: a dev page refused as "not an article" fails this test
        ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings().withAnyLanguage());
        int titled = 0;
        int titleExact = 0;
        int titleAgrees = 0;
        int dated = 0;
        int dateAgrees = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path file : ExtractionBenchmark.pages(HTML)) {
            String html = Pages.read(file);
            Document document = Jsoup.parse(html);
            List<String> titles = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            declared(document, titles, dates);
            Article article = extractor.extract(html, "https://dev.example.test/" + file.getFileName());
            if (!titles.isEmpty()) {
                titled++;
                String title = BoilerplateFilter.key(article.title());
                if (titles.stream().anyMatch(t -> BoilerplateFilter.key(t).equals(title))) {
                    titleExact++;
                }
                if (titles.stream().anyMatch(t -> withoutSuffix(t).contains(title))) {
                    titleAgrees++;
                } else {
                    disagreements.add(file.getFileName() + " title \"" + article.title() + "\" vs " + titles);
                }
            }
            List<OffsetDateTime> declaredDates = dates.stream().map(DateParser::parse).filter(d -> d != null).toList();
            if (!declaredDates.isEmpty()) {
                dated++;
                if (article.publishedAt() != null
                        && declaredDates.stream().anyMatch(d -> d.toInstant().equals(article.publishedAt().toInstant()))) {
                    dateAgrees++;
                } else {
                    disagreements.add(file.getFileName() + " date " + article.publishedAt() + " vs " + dates);
                }
            }
        }
        double titleRate = (double) titleAgrees / titled;
        double dateRate = (double) dateAgrees / dated;
        System.out.printf(Locale.ROOT, "title agrees with JSON-LD/OG on %d of %d pages (%.1f%%; %d identical, the rest "
                        + "without the declared \" | Site\" suffix); published date on %d of %d pages (%.1f%%)%n",
                titleAgrees, titled, 100 * titleRate, titleExact, dateAgrees, dated, 100 * dateRate);
        disagreements.forEach(d -> System.out.println("  " + d));
        assertTrue(titleRate >= 0.98, "title agreement " + titleRate + ": " + disagreements);
        assertTrue(dateRate >= 0.97, "date agreement " + dateRate + ": " + disagreements);
    }

    /** A declared title as keys, whole and without its last " | Site" or " - Site" segment. */
    private static List<String> withoutSuffix(String declared) {
        String title = Parser.unescapeEntities(declared, false);
        List<String> keys = new ArrayList<>(List.of(BoilerplateFilter.key(title)));
        for (String separator : List.of(" | ", " - ", " – ", " — ")) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                keys.add(BoilerplateFilter.key(title.substring(0, at)));
            }
        }
        return keys;
    }

    /** JSON-LD headline and datePublished of article-like nodes, og:title and article:published_time. */
    private static void declared(Document document, List<String> titles, List<String> dates) {
        for (Element script : document.select("script[type*=ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), titles, dates);
            } catch (Exception e) {
                // pages with broken JSON-LD declare nothing there
            }
        }
        Element ogTitle = document.selectFirst("meta[property=og:title]");
        if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
            titles.add(ogTitle.attr("content"));
        }
        Element published = document.selectFirst("meta[property=article:published_time]");
        if (published != null) {
            dates.add(published.attr("content"));
        }
    }

    private static void collect(JsonNode node, List<String> titles, List<String> dates) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, titles, dates));
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), titles, dates);
        }
        if (node.hasNonNull("headline") && node.get("headline").isTextual()) {
            titles.add(node.get("headline").asText());
        }
        if (node.hasNonNull("datePublished")) {
            dates.add(node.get("datePublished").asText());
        }
    }
}
