package io.github.narrator.testing;

/** Small, realistic news pages for tests that need many articles. */
public final class ArticlePages {

    private static final String[] PARAGRAPHS = {
        "The city council voted on Tuesday to approve a new plan for the harbour district, ending months of debate "
            + "over how the waterfront should change in the coming decade.",
        "Supporters said the plan would bring housing and jobs to an area that has stood half empty since the old "
            + "shipyard closed, while critics warned that rents nearby could rise quickly.",
        "Work on the first phase is expected to begin next spring, the mayor said, and residents will be invited to "
            + "public meetings before any building permits are granted.",
    };

    private ArticlePages() {
    }

    /** A news article page: title, byline, date, three paragraphs, and the usual clutter around them. */
    public static String article(String canonicalUrl, String title, String extraSentence) {
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(extraSentence).append("</p>\n");
        for (String paragraph : PARAGRAPHS) {
            body.append("<p>").append(paragraph).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | The Harbour Times</title>
                <link rel="canonical" href="%2$s">
                <meta property="og:title" content="%1$s">
                <meta property="og:site_name" content="The Harbour Times">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"%1$s","datePublished":"2025-06-02T09:30:00+01:00",
                  "author":{"@type":"Person","name":"Jane Example"},"publisher":{"@type":"Organization","name":"The Harbour Times"}}</script>
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
                <main><article>
                <h1>%1$s</h1>
                <p class="byline">By Jane Example</p>
                %3$s</article>
                <aside class="related"><h2>Related</h2><ul><li><a href="/x">Another story</a></li></ul></aside>
                </main>
                <footer><p>Copyright The Harbour Times</p></footer>
                </body></html>
                """.formatted(title, canonicalUrl, body);
    }
}
