package io.github.narrator.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.fetch.SourcePolicy;

class ArticleIdentityTest {

    private static final SourcePolicy ANY_HOST = SourcePolicy.publicWeb();

    @Test
    void aCanonicalUrlOnThePagesOwnHostIsTheKey() {
        assertEquals("https://news.example/story", key("https://news.example/story", "https://www.news.example/amp/story?utm_source=x", ANY_HOST));
        assertEquals("https://news.example/story", key("https://news.example/story", "http://news.example/story", ANY_HOST));
    }

    @Test
    void aCanonicalUrlOnAnotherHostOrPortIsNotBelieved() {
        assertEquals("https://attacker.example/fake", key("https://victim.example/story", "https://attacker.example/fake", ANY_HOST));
        assertEquals("https://news.example:8443/fake", key("https://news.example/story", "https://news.example:8443/fake", ANY_HOST));
        assertEquals("https://news.example/a", key(null, "https://news.example/a#top", ANY_HOST));
    }

    @Test
    void hostsASourceNamesTogetherMaySpeakForEachOther() {
        SourcePolicy feed = SourcePolicy.linksOf(URI.create("https://news.example/rss.xml"), Set.of("amp.news-cdn.example"));
        assertEquals("https://news.example/story", key("https://news.example/story", "https://amp.news-cdn.example/story", feed));
        assertEquals("https://elsewhere.example/x", key("https://news.example/story", "https://elsewhere.example/x", feed));
    }

    @Test
    void aLocalFilesClaimStands() {
        assertEquals("https://news.example/story", key("https://news.example/story", "file:///srv/drop/story.html", ANY_HOST));
    }

    private static String key(String canonical, String fetched, SourcePolicy policy) {
        Article article = new Article(fetched, canonical, "A title", null, null, null, "en", null, null, null,
                List.of(new Section(null, List.of("Text."))));
        return ArticleIdentity.keyed(article, fetched, policy).canonicalUrl();
    }
}
