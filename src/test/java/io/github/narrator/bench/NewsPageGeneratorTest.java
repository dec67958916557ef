package io.github.narrator.bench;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleExtractor;

class NewsPageGeneratorTest {

    @Test
    void theSameNumberAlwaysGivesTheSamePage() {
        assertEquals(NewsPageGenerator.page(7, 800), NewsPageGenerator.page(7, 800));
        assertNotEquals(NewsPageGenerator.page(7, 800).html(), NewsPageGenerator.page(8, 800).html());
    }

    @Test
    void bodiesStopAtTheWordCountOrJustPastIt() {
        for (int words : new int[] {50, 500, 5000, 20000}) {
            int body = NewsPageGenerator.page(3, words).bodyWords();
            assertTrue(body >= words && body < words + 60, words + " words asked, " + body + " written");
        }
    }

    @Test
    void theExtractorFindsTheWholeBodyAndNoneOfTheClutter() throws Exception {
        NewsPageGenerator.GeneratedPage page = NewsPageGenerator.page(11, 2000);
        Article article = new ArticleExtractor(NarratorConfig.defaults().extractorSettings()).extract(page.html(), page.url());
        assertEquals(page.headline(), article.title());
        assertEquals(page.url(), article.canonicalUrl());
        assertEquals(page.bodyWords(), article.wordCount());
        String body = article.bodyText();
        for (String clutter : List.of("Sign up", "Related stories", "All rights reserved", "Photo: Courier staff", "Subscribe")) {
            assertTrue(!body.contains(clutter), "the body holds '" + clutter + "'");
        }
    }

    @Test
    void proseIsVariedNewsEnglishWithFiguresForTheNormaliser() {
        NewsTextGenerator text = new NewsTextGenerator(42);
        List<String> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sentences.add(text.sentence());
        }
        Set<String> distinct = new HashSet<>(sentences);
        assertTrue(distinct.size() > 350, "only " + distinct.size() + " distinct sentences of 400");
        for (int i = 1; i < sentences.size(); i++) {
            assertNotEquals(sentences.get(i - 1), sentences.get(i));
        }
        String all = String.join(" ", sentences);
        for (String figure : List.of("%", "$", "million", "\u201c", "Dr.", "U.S.")) {
            assertTrue(all.contains(figure), "no '" + figure + "' in the prose");
        }
        assertTrue(all.matches("(?s).*\\d{1,2},\\d{3}.*"), "no thousands separator in the prose");
    }

    @Test
    void textIsEscapedForHtml() {
        assertEquals("Q&amp;A: &lt;b&gt; &quot;fees&quot; rise 5% \u201cnow\u201d",
                NewsPageGenerator.escape("Q&A: <b> \"fees\" rise 5% \u201cnow\u201d"));
    }

    @Test
    void batchLengthsRunFromThreeHundredToAThousandWords() {
        int total = 0;
        for (int number = 1; number <= 100; number++) {
            int words = BatchArticles.words(number);
            assertTrue(words >= BatchArticles.SHORTEST && words <= BatchArticles.LONGEST, words + " words");
            total += words;
        }
        assertTrue(total > 55_000 && total < 75_000, "the batch has " + total + " words");
    }

    @Test
    void pagesAreWrittenUnderTheirSlug(@TempDir Path dir) throws Exception {
        List<Path> files = NewsPageGenerator.writePages(dir, 1, 3, 100);
        assertEquals(3, files.size());
        assertEquals("article-0002-100-words.html", files.get(1).getFileName().toString());
        assertEquals(NewsPageGenerator.page(2, 100).html(), Files.readString(files.get(1)));
    }

    @Test
    void anArticleNeedsWords() {
        assertThrows(IllegalArgumentException.class, () -> new NewsTextGenerator(1).sections(0));
    }
}
