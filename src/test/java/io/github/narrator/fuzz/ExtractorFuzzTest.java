package io.github.narrator.fuzz;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.extract.ExtractionException;
import io.github.narrator.extract.Section;

/**
 * Any page at all is either an article (with a title, text, and no control or invisible characters
 * in it) or refused with an ExtractionException; any other exception is a finding. Replays its inputs
 * in every build; fuzzes for 20 s with JAZZER_FUZZ=1 (see .ci/run).
 */
class ExtractorFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(NarratorConfig.defaults().extractorSettings().withMinBodyWords(3));

    @FuzzTest(maxDuration = "20s")
    void anyPageIsAnArticleOrARefusal(FuzzedDataProvider data) {
        String url = data.pickValue(new String[] {"https://news.example/a/story", "https://news.example/", "not a url", ""});
        String html = data.consumeRemainingAsString();
        Article article;
        try {
            article = EXTRACTOR.extract(html, url);
        } catch (ExtractionException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
            return;
        }
        assertTrue(article.title() != null && !article.title().isBlank(), "an article has a title");
        assertTrue(article.wordCount() > 0, "an article has words");
        for (Section section : article.sections()) {
            for (String paragraph : section.paragraphs()) {
                assertTrue(paragraph.codePoints().noneMatch(ExtractorFuzzTest::isInvisible), () -> "invisible characters in " + paragraph);
            }
        }
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
