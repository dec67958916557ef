package io.github.narrator.extract;

/** Small hand-written pages for the extractor's tests. */
final class Pages {

    static final String URL = "https://news.example.test/2025/06/01/story/";

    /** Five paragraphs of ordinary news prose, enough to be an article. */
    static final String STORY = """
            <p>The city council voted on Tuesday to spend $4.2 million on new water mains for the east side, \
            where pipes laid in 1931 have burst eleven times since January.</p>
            <p>Residents told the council that the repeated outages had closed two schools and a clinic, and that \
            bottled water handed out by the city had run short on at least three occasions.</p>
            <p>The public works director said crews would begin digging in September and finish the first phase \
            by the end of next spring, weather permitting, with night work on the busiest streets.</p>
            <p>Two council members voted against the plan, arguing that the money should come from the state's \
            infrastructure fund rather than from a rate increase for households already struggling with bills.</p>
            <p>The council will hold a public hearing on the rate increase on July 8 at the library, and written \
            comments can be sent to the city clerk until the end of June.</p>
            """;

    private Pages() {
    }

    /** The benchmark as {@code extract --dir} runs it with default settings. */
    static ExtractionBenchmark benchmark() {
        io.github.narrator.config.NarratorConfig defaults = io.github.narrator.config.NarratorConfig.defaults();
        return new ExtractionBenchmark(new ArticleExtractor(defaults.extractorSettings().forBenchmark()),
                new io.github.narrator.fetch.PageFetcher(defaults.fetchSettings()));
    }

    /** A saved page decoded as every command reads it (gzip, charset from the page). */
    static String read(java.nio.file.Path file) throws io.github.narrator.fetch.FetchException {
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        return new io.github.narrator.fetch.PageFetcher(io.github.narrator.config.NarratorConfig.defaults().fetchSettings())
                .fetch(absolute.toUri().toString(), io.github.narrator.fetch.SourcePolicy.localFiles(absolute.getParent()),
                        io.github.narrator.fetch.Validators.NONE)
                .orElseThrow()
                .html();
    }

    /** A page with the usual head and chrome around {@code main}. */
    static String page(String head, String main) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water mains | City Daily</title>
                %s</head><body>
                <header class="site-header"><a href="/">City Daily</a>
                <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                <li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
                %s
                <footer class="site-footer"><p>Copyright 2025 City Daily. All rights reserved. City Daily is a \
                trading name of City Daily Media Limited, registered in the city, company number 1234567.</p>
                <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
                </body></html>
                """.formatted(head, main);
    }

    static String article(String body) {
        return page("", "<main><article><h1>Council approves water main repairs</h1>" + body + "</article></main>");
    }
}
