package io.github.narrator.extract;

import io.github.narrator.testing.Prerequisites;
import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample pages: each article in {@code samples/articles/} reads right, each page in {@code samples/failures/} is refused with a reason. */
class SampleArticlesTest {

    private static final Path SAMPLES = Path.of("samples", "articles");
    private static final Path FAILURES = Path.of("samples", "failures");
    private static final Path SEED = Path.of("..", "shared", "seeds", "kyiv-independent-lavrov-rubio-2025-06-02.txt");

    private final ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings());

    private Article extract(String name) throws IOException, ExtractionException {
        return extract(SAMPLES.resolve(name));
    }

    private Article extract(Path file) throws IOException, ExtractionException {
        return extractor.extract(Files.readString(file), file.toAbsolutePath().toUri().toString());
    }

    @Test
    void seedPageHoldsTheArticleAndNoneOfItsClutter() throws Exception {
        Article article = extract("kyiv-independent-lavrov-rubio.html");
        String body = article.bodyText();
        assertTrue(body.startsWith("Russian Foreign Minister Sergey Lavrov and U.S. Secretary of State Marco Rubio "
                + "held a phone call on June 1"), body);
        assertTrue(body.strip().endsWith("no one has claimed responsibility for the bridge collapse."), body);
        assertEquals(10, article.sections().get(0).paragraphs().size(), body);
        for (String clutter : List.of("Stand behind Ukrainian independent journalism", "Help us reach 20,000 members",
                "Antalya Diplomacy Forum", "Getty Images", "This audio is created with AI assistance",
                "Ukraine war latest", "strategic bombers", "Polish election", "news desk", "Become a member",
                "covering the war since day one")) {
            assertFalse(body.contains(clutter), clutter + " is clutter: " + body);
        }
        assertEquals("Lavrov, Rubio discuss peace settlement ahead of Ukraine-Russia talks in Istanbul", article.title());
        assertEquals("Lucy Pakhnyuk", article.byline());
        assertEquals(OffsetDateTime.parse("2025-06-02T00:31:00Z"), article.publishedAt());
        assertEquals("The Kyiv Independent", article.siteName());
        assertEquals("en", article.language());
    }

    @Test
    void seedPageParagraphsAreTheSeedArticles() throws Exception {
        Prerequisites.shared("seeds/kyiv-independent-lavrov-rubio-2025-06-02.txt");
        List<String> seed = seedParagraphs(Files.readAllLines(SEED));
        assertEquals(seed, extract("kyiv-independent-lavrov-rubio.html").sections().get(0).paragraphs().stream()
                .map(p -> p.replace('—', '-')).toList());
    }

    /** The seed's article paragraphs: after the AI-audio label, up to the first teaser. */
    private static List<String> seedParagraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        boolean inBody = false;
        for (String line : lines) {
            if (line.startsWith("This audio is created with AI assistance")) {
                inBody = true;
            } else if (line.startsWith("Ukraine war latest")) {
                break;
            } else if (inBody && !line.isBlank()) {
                paragraphs.add(line.strip().replace('—', '-'));
            }
        }
        return paragraphs;
    }

    @Test
    void everyArticleSampleHasItsMetadataAndABody() throws Exception {
        List<String> articles = new ArrayList<>();
        try (var files = Files.list(SAMPLES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .sorted().forEach(articles::add);
        }
        assertTrue(articles.size() >= 7, articles.toString());
        for (String name : articles) {
            Article article = extract(name);
            assertNotNull(article.publishedAt(), name);
            assertTrue(article.canonicalUrl().startsWith("https://"), name);
            assertNotNull(article.siteName(), name);
            assertTrue(article.wordCount() >= 150, name + ": " + article.wordCount());
            String body = article.bodyText();
            for (String clutter : List.of("Subscribe", "newsletter", "Share", "Photo:", "Getty", "Comments",
                    "Most Read", "Most read", "Advertisement", "cookies", "Related", "Listen")) {
                assertFalse(body.contains(clutter), name + " has \"" + clutter + "\": " + body);
            }
        }
    }

    @Test
    void samplesWithSubheadingsHaveSections() throws Exception {
        assertEquals(Arrays.asList(null, "The headline number", "What riders get", "What happens next"),
                headings(extract("ghost-ferry-contract.html")));
        assertEquals(Arrays.asList(null, "Long waits remain", "A&E and ambulances"),
                headings(extract("broadcaster-waiting-lists.html")));
        assertEquals(Arrays.asList((String) null), headings(extract("wordpress-water-rates.html")));
    }

    private static List<String> headings(Article article) {
        return article.sections().stream().map(Section::heading).toList();
    }

    @Test
    void staffBylinesAreNoBylines() throws Exception {
        Article local = extract("local-bridge-closure.html");
        assertNull(local.byline());
        assertTrue(local.bodyText().contains("Residents with questions can call the Highway Department"),
                "the part behind the subscriber wall is article text: " + local.bodyText());
    }

    @Test
    void sectionIndexAndBrokenPageAreRefusedWithAReason() {
        ExtractionException index = assertThrows(ExtractionException.class, () -> extract(FAILURES.resolve("section-index.html")));
        assertTrue(index.getMessage().startsWith("not an article: section index with"), index.getMessage());
        ExtractionException broken = assertThrows(ExtractionException.class, () -> extract(FAILURES.resolve("broken.html")));
        assertEquals("no article text found", broken.getMessage());
    }
}
