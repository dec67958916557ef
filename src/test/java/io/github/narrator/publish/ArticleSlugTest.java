package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleSlugTest {

    @Test
    void wordsFromTheUrlPlusAStableHash() {
        String slug = ArticleSlug.of("https://kyivindependent.com/lavrov-rubio-discuss-peace-settlement/");
        assertTrue(slug.matches("lavrov-rubio-discuss-peace-settlement-[0-9a-f]{8}"), slug);
        assertEquals(slug, ArticleSlug.of("https://kyivindependent.com/lavrov-rubio-discuss-peace-settlement/"));
    }

    @Test
    void differentUrlsWithTheSameWordsGetDifferentSlugs() {
        assertNotEquals(ArticleSlug.of("https://a.test/news/story.html"), ArticleSlug.of("https://b.test/news/story.html"));
    }

    @Test
    void unsafeAndForeignCharactersBecomeSafe() {
        String slug = ArticleSlug.of("https://news.test/2025/Przegląd%20prasy/../<script>Zürich?.html");
        assertTrue(slug.matches("[a-z0-9-]+"), slug);
        assertTrue(ArticleSlug.of("https://news.test/").startsWith("article-"));
        assertTrue(ArticleSlug.of("https://news.test/world/2025/06/02/index.html").startsWith("world-"));
        String longSlug = ArticleSlug.of("https://news.test/" + "word-".repeat(40));
        assertTrue(longSlug.length() <= 60 + 9, longSlug);
    }
}
