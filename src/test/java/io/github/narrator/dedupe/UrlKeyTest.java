package io.github.narrator.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP://News.Example/a                                        | http://news.example/a",
        "https://news.example:443/a                                   | https://news.example/a",
        "http://news.example:80                                       | http://news.example/",
        "http://news.example:8080/a                                   | http://news.example:8080/a",
        "https://news.example/a#comments                              | https://news.example/a",
        "https://news.example/a?utm_source=x&id=7&fbclid=1&gclid=2    | https://news.example/a?id=7",
        "https://news.example/a?UTM_Medium=mail                       | https://news.example/a",
        "https://news.example/a?b=2&a=1                               | https://news.example/a?b=2&a=1",
        "file:///srv/articles/a.html                                  | file:///srv/articles/a.html",
        "not a url                                                    | not a url",
    })
    void spellingsOfOneAddressAreOneKey(String url, String key) {
        assertEquals(key, UrlKey.of(url));
    }
}
