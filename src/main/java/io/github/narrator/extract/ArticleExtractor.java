package io.github.narrator.extract;

/** Turns a news page's HTML into an {@link Article}; refuses pages that are not articles. */
public class ArticleExtractor {

    /**
     * @param html the decoded page
     * @param url  where the page came from; relative links and the fallback canonical URL resolve against it
     */
    public Article extract(String html, String url) throws ExtractionException {
        throw new UnsupportedOperationException("TODO: extract stage");
    }
}
