package io.github.narrator.extract;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Title, byline, dates, language, canonical URL, site name and image, in their order of trust. */
class MetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings());

    private Article extract(String head) throws ExtractionException {
        return extractor.extract(Pages.page(head, "<main><article><h1>Council approves water main repairs</h1>"
                + Pages.STORY + "</article></main>"), Pages.URL);
    }

    @Test
    void jsonLdComesBeforeOpenGraphAndMetaTags() throws ExtractionException {
        Article article = extract("""
                <meta property="og:title" content="OG title for sharing">
                <meta property="article:published_time" content="2025-01-01T00:00:00Z">
                <meta name="author" content="Meta Author">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"City Daily"},
                 {"@type":["NewsArticle"],"headline":"Council approves water main repairs",
                  "datePublished":"2025-06-01T09:30:00-04:00","dateModified":"2025-06-01T11:00:00-04:00",
                  "author":[{"@type":"Person","name":"Sam Ortiz"},{"@type":"Person","name":"Lee Park"}],
                  "publisher":{"@type":"Organization","name":"City Daily"},
                  "image":{"@type":"ImageObject","url":"https://news.example.test/pipe.jpg"},
                  "inLanguage":"en-US"}]}</script>""");
        assertEquals("Council approves water main repairs", article.title());
        assertEquals("Sam Ortiz and Lee Park", article.byline());
        assertEquals(OffsetDateTime.parse("2025-06-01T09:30:00-04:00"), article.publishedAt());
        assertEquals(OffsetDateTime.parse("2025-06-01T11:00:00-04:00"), article.modifiedAt());
        assertEquals("City Daily", article.siteName());
        assertEquals("https://news.example.test/pipe.jpg", article.leadImageUrl());
    }

    @Test
    void openGraphAndMetaTagsWithoutJsonLd() throws ExtractionException {
        Article article = extract("""
                <link rel="canonical" href="/2025/06/01/water-mains/">
                <meta property="og:title" content="Council approves water main repairs | City Daily">
                <meta property="og:site_name" content="City Daily">
                <meta property="og:image" content="https://cdn.example.test/pipe.jpg">
                <meta property="og:description" content="The east side gets new pipes.">
                <meta property="article:published_time" content="2025-06-01T13:30:00+0000">
                <meta name="author" content="By Sam Ortiz">""");
        assertEquals("Council approves water main repairs", article.title());
        assertEquals("Sam Ortiz", article.byline());
        assertEquals(OffsetDateTime.parse("2025-06-01T13:30:00Z"), article.publishedAt());
        assertEquals("https://news.example.test/2025/06/01/water-mains/", article.canonicalUrl());
        assertEquals("City Daily", article.siteName());
        assertEquals("https://cdn.example.test/pipe.jpg", article.leadImageUrl());
        assertEquals("The east side gets new pipes.", article.description());
        assertEquals(Pages.URL, article.sourceUrl());
    }

    @Test
    void titleFromTheDocumentTitleLosesTheSiteName() throws ExtractionException {
        Article article = extractor.extract("""
                <html><head><title>City Daily - Water mains to be replaced on the east side</title>
                <meta property="og:site_name" content="City Daily"></head><body><div>%s</div></body></html>"""
                .formatted(Pages.STORY), Pages.URL);
        assertEquals("Water mains to be replaced on the east side", article.title());
        assertEquals(Pages.URL, article.canonicalUrl(), "no canonical link: the page's own URL");
    }

    @Test
    void bylineNamesPeopleNotStaffOrThePublication() throws ExtractionException {
        assertNull(extract("<meta name=\"author\" content=\"City Daily Staff\">").byline());
        assertNull(extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Water",
                "author":{"@type":"Organization","name":"City Daily"}}</script>""").byline());
        assertEquals("Ana Ruiz", extract("""
                <meta property="og:site_name" content="City Daily">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Water",
                "author":[{"name":"Ana Ruiz"},{"name":"City Daily"},{"name":"AP"}]}</script>""").byline());
        assertEquals("Ana Ruiz, Bo Lee and Cy Dunn",
                extract("<meta name=\"author\" content=\"Ana Ruiz, Bo Lee and Cy Dunn\">").byline());
    }

    @Test
    void datesWithoutAZoneAreUtcAndPlaceholdersAreIgnored() {
        assertEquals(OffsetDateTime.parse("2019-11-18T10:00:00Z"), DateParser.parse("2019-11-18 10:00:00"));
        assertEquals(OffsetDateTime.parse("2019-11-18T00:00:00Z"), DateParser.parse("2019-11-18"));
        assertEquals(OffsetDateTime.parse("2019-11-18T10:00:00.123+05:30"),
                DateParser.parse("2019-11-18T10:00:00.123+0530"));
        assertEquals(OffsetDateTime.parse("2019-11-18T10:00:00Z"), DateParser.parse("Mon, 18 Nov 2019 10:00:00 GMT"));
        assertEquals(OffsetDateTime.parse("2019-11-19T19:47:00-05:00"),
                DateParser.parse("November 19, 2019, 07:47 PM EST"));
        assertNull(DateParser.parse("0001-01-01T00:00:00Z"));
        assertNull(DateParser.parse("yesterday"));
        assertNull(DateParser.parse(""));
    }

    @Test
    void titleStripsSiteNamesOnEitherSide() {
        assertEquals("Storm hits coast", Titles.strip("Storm hits coast | City Daily", "City Daily", null));
        assertEquals("Storm hits coast", Titles.strip("The City Daily :: Storm hits coast", "City Daily", null));
        assertEquals("Storm hits coast", Titles.strip("Storm hits coast - citydaily.com", null, "www.citydaily.com"));
        assertEquals("Storm - and flood - hit coast", Titles.strip("Storm - and flood - hit coast", "City Daily", null));
    }

    @Test
    void languageIsTheTextsWhenThePageDeclaresWrongly() throws ExtractionException {
        Article article = extractor.extract(Pages.article(Pages.STORY).replace("lang=\"en\"", "lang=\"de\""), Pages.URL);
        assertEquals("en", article.language());
        Article british = extractor.extract(Pages.article(Pages.STORY).replace("lang=\"en\"", "lang=\"en_gb\""), Pages.URL);
        assertEquals("en-GB", british.language());
    }

    @Test
    void languageDetectorKnowsScriptsAndCommonWords() {
        assertEquals("uk", LanguageDetector.detect("Міністр закордонних справ України заявив, що переговори "
                + "продовжаться в Стамбулі, і делегація вже готова до нової зустрічі з партнерами."));
        assertEquals("ru", LanguageDetector.detect("Министр иностранных дел России заявил, что переговоры "
                + "продолжатся в Стамбуле на следующей неделе, а делегация уже готова к встрече."));
        assertEquals("fr", LanguageDetector.detect("Le conseil municipal a voté mardi pour dépenser 4,2 millions "
                + "d'euros dans de nouvelles conduites d'eau pour le quartier est, où les tuyaux sont vieux."));
        assertNull(LanguageDetector.detect("Short."));
    }
}
