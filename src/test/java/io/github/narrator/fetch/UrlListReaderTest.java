package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class UrlListReaderTest {

    @Test
    void oneUrlALineSkippingCommentsAndBlanks() {
        String list = "# my reading list\n\nhttps://news.test/a\n  articles/b.html  \r\nhttps://news.test/c # not a comment\n";
        assertEquals(List.of("https://news.test/a", "file:/srv/lists/articles/b.html", "https://news.test/c # not a comment"),
                UrlListReader.urls(list, "file:/srv/lists/urls.txt", 10));
    }

    @Test
    void takesAtMostMaxItems() {
        assertEquals(List.of("https://n.test/1", "https://n.test/2"),
                UrlListReader.urls("https://n.test/1\nhttps://n.test/2\nhttps://n.test/3\n", "file:/x/urls.txt", 2));
    }
}
