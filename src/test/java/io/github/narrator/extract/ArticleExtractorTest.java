package io.github.narrator.extract;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** One rule at a time, each on a small hand-written page. */
class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings());

    private String body(String html) throws ExtractionException {
        return extractor.extract(html, Pages.URL).bodyText();
    }

    @Test
    void readsTheArticleAndNotTheChromeAroundIt() throws ExtractionException {
        String body = body(Pages.page("", """
                <main><article><h1>Council approves water main repairs</h1>%s</article></main>
                <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/a">Storm closes bridge</a></li>
                <li><a href="/b">Team wins cup</a></li></ol>
                <p>Our weekly quiz returns with ten questions about the news of the week, from floods to football.</p></aside>
                """.formatted(Pages.STORY)));
        assertTrue(body.startsWith("The city council voted on Tuesday"), body);
        assertTrue(body.contains("written comments can be sent to the city clerk"), body);
        assertFalse(body.contains("Most read"), body);
        assertFalse(body.contains("weekly quiz"), body);
        assertFalse(body.contains("Copyright"), body);
        assertFalse(body.contains("Council approves water main repairs"), "the headline is not body text: " + body);
    }

    @Test
    void dropsCaptionsCreditsAndAltText() throws ExtractionException {
        String body = body(Pages.article("""
                <figure><img src="/pipe.jpg" alt="A burst pipe floods Elm Street">
                <figcaption>A burst main flooded Elm Street in March. <span class="credit">Photo: Jo Reyes/City Daily</span></figcaption>
                </figure>
                <div class="wp-caption"><p class="wp-caption-text">Workers inspect the old pipes in 2024.</p></div>
                """ + Pages.STORY));
        assertFalse(body.contains("Elm Street"), body);
        assertFalse(body.contains("Jo Reyes"), body);
        assertFalse(body.contains("Workers inspect"), body);
        assertTrue(body.contains("burst eleven times"), body);
    }

    @Test
    void dropsShareBarsNewsletterPromptsAndDonationBanners() throws ExtractionException {
        String body = body(Pages.article("""
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                """ + Pages.STORY + """
                <div class="newsletter-signup"><h3>Get the morning briefing</h3>
                <p>The day's news in your inbox before breakfast, every weekday, from our newsroom to you.</p></div>
                <p>Sign up for our free newsletter to get the latest city news delivered to your inbox.</p>
                <div class="donate-banner"><p>Stand behind independent local journalism when it is needed most. \
                Help us reach 5,000 members this year.</p></div>
                """));
        assertFalse(body.contains("Share on"), body);
        assertFalse(body.contains("morning briefing"), body);
        assertFalse(body.contains("inbox"), body);
        assertFalse(body.contains("5,000 members"), body);
        assertTrue(body.contains("public hearing on the rate increase"), body);
    }

    @Test
    void dropsRelatedListsCommentsBiosAndCookieBanners() throws ExtractionException {
        String body = body(Pages.article(Pages.STORY + """
                <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/1">Pipes burst again on the east side as cold snap continues</a></li>
                <li><a href="/2">Schools close after water outage leaves hundreds without supply</a></li></ul></div>
                <div class="author-bio"><p>Sam Ortiz covers city hall and has reported on local government \
                for the City Daily since 2015, after six years at a regional paper.</p></div>
                <section id="comments"><h2>Comments</h2><div class="comment"><p>About time the council fixed \
                these pipes, my street has been dug up four times this year already and nothing has changed.</p></div></section>
                """) + """
                <div id="cookie-banner"><p>We use cookies to improve your experience of our website and to show \
                you relevant advertising. By continuing you agree to our use of cookies.</p></div>
                """);
        assertFalse(body.contains("Pipes burst again"), body);
        assertFalse(body.contains("Sam Ortiz covers"), body);
        assertFalse(body.contains("About time"), body);
        assertFalse(body.contains("cookies"), body);
        assertTrue(body.contains("two schools and a clinic"), body);
    }

    /** A thread of long replies under a short post: each reply reads like article prose. */
    private static String thread(String listClass, String itemClass) {
        String reply = """
                <li class="%s"><div class="%s-body"><div class="%s-author"><strong>%s</strong> on \
                <a href="#c%d">June 2, 2025 at 4:47 pm</a> said:</div>
                <p>%s</p><p>%s</p></div></li>
                """;
        return ("<ol class=\"" + listClass + "\">" + reply.formatted(itemClass, itemClass, itemClass, "Milan", 1,
                "I read the whole plan and I am not convinced that the new mains will last longer than the old ones, "
                        + "because the soil on the east side moves every winter and the contractor has not said how "
                        + "the joints will cope with that.",
                "The council should publish the engineering report before a single street is dug up again, so that "
                        + "residents can judge for themselves whether four million is money well spent this time.")
                + reply.formatted(itemClass, itemClass, itemClass, "Alex", 2,
                "My street has been closed three times since January, and each time the crews told us that the "
                        + "repair was temporary and that the real work would come later, which it never did.",
                "If the first phase really finishes by next spring, that would be the first deadline the works "
                        + "department has met in years, and I would be glad to be proven wrong about it.")
                + "</ol>");
    }

    @Test
    void dropsAThreadOfReadersCommentsUnderAShortPost() throws ExtractionException {
        String body = body(Pages.article("""
                <div class="entry-content"><p>The council will vote on the water main repairs next week, after \
                a year in which pipes on the east side burst eleven times and closed two schools.</p>
                <p>Our quarterly open thread is the place to say what you think of the plan: tell us what you \
                think in the comments below, and we will put your questions to the works department.</p></div>
                </article><section id="comments" class="comments-area"><h3>8 Comments</h3>
                """ + thread("comment-list", "comment") + "</section><article>"));
        assertTrue(body.contains("tell us what you think in the comments below"), body);
        assertFalse(body.contains("engineering report"), body);
        assertFalse(body.contains("proven wrong"), body);
    }

    @Test
    void aForumThreadThatIsThePageIsRead() throws ExtractionException {
        String body = body(Pages.page("", "<main><h1>Water main repairs on the east side</h1>"
                + thread("discussion-posts", "reply") + "</main>"));
        assertTrue(body.contains("engineering report"), body);
        assertTrue(body.contains("proven wrong"), body);
    }

    @Test
    void anArticleInsideAWrapperNamedAfterComments() throws ExtractionException {
        String body = body(Pages.page("", "<main><div class=\"comment-closed\"><article>"
                + "<h1>Council approves water main repairs</h1>" + Pages.STORY + "</article></div></main>"));
        assertTrue(body.contains("two schools and a clinic"), body);
    }

    @Test
    void dropsListenLabelsAndTheAiAudioLabel() throws ExtractionException {
        String body = body(Pages.article("""
                <div class="audio-player"><button>Play</button><span>Listen to this article</span> <span>4 min</span></div>
                <p>This audio is created with AI assistance</p>
                <p>Advertisement</p>
                """ + Pages.STORY));
        assertFalse(body.contains("Listen"), body);
        assertFalse(body.contains("AI assistance"), body);
        assertFalse(body.contains("Advertisement"), body);
        assertTrue(body.startsWith("The city council voted"), body);
        assertFalse(body(Pages.article(Pages.STORY + "<p>[button link=\"/tips\" size=\"big\"]Send us your tips[/button]</p>"))
                .contains("tips"), "an unrendered shortcode is markup");
    }

    @Test
    void dropsTablesOfContentsAndTrailingContactLines() throws ExtractionException {
        String body = body(Pages.article("""
                <nav class="toc"><ol><li><a href="#a">What happened</a></li><li><a href="#b">What next</a></li></ol></nav>
                """ + Pages.STORY + """
                <p>Have a tip? Sam Ortiz can be reached at sortiz@citydaily.example.test or on Twitter @samortiz.</p>
                """));
        assertFalse(body.contains("What happened"), body);
        assertFalse(body.contains("Have a tip"), body);
    }

    @Test
    void dropsAPullQuoteThatRepeatsTheBodyButKeepsAQuotation() throws ExtractionException {
        String body = body(Pages.article(Pages.STORY + """
                <blockquote><p>the money should come from the state's infrastructure fund</p></blockquote>
                <aside class="pullquote"><p>bottled water handed out by the city had run short</p></aside>
                <blockquote><p>We cannot ask families to pay twice for pipes the state promised to replace a decade ago.</p></blockquote>
                <p>The mayor is expected to sign the measure next week.</p>
                """));
        assertEquals(1, count(body, "infrastructure fund"), body);
        assertEquals(1, count(body, "bottled water handed out"), body);
        assertTrue(body.contains("We cannot ask families to pay twice"), body);
    }

    @Test
    void keepsLongSentencesWithLinksButDropsLinkLists() throws ExtractionException {
        String body = body(Pages.article(Pages.STORY + """
                <p>The <a href="/report">engineering report</a> found that <a href="/map">most of the failures</a> \
                happened where the old cast-iron mains cross the rail line near the station.</p>
                <p><a href="/more">More city news</a> | <a href="/all">All stories</a></p>
                <p>Related: <a href="/x">Council delays vote on parking fees until after the summer recess</a></p>
                """));
        assertTrue(body.contains("old cast-iron mains"), body);
        assertFalse(body.contains("More city news"), body);
        assertFalse(body.contains("parking fees"), body);
    }

    @Test
    void headingsInsideTheBodyStartSections() throws ExtractionException {
        Article article = extractor.extract(Pages.article("""
                <p>The city council voted on Tuesday to spend $4.2 million on new water mains for the east side.</p>
                <h2>Why the pipes fail</h2>
                <p>Pipes laid in 1931 have burst eleven times since January, closing two schools and a clinic, \
                and bottled water handed out by the city ran short on at least three occasions this spring.</p>
                <h3>What comes next</h3>
                <p>Crews will begin digging in September and finish the first phase by the end of next spring, \
                weather permitting, with night work planned on the busiest streets of the east side.</p>
                <p>The council will hold a public hearing on the rate increase on July 8 at the library.</p>
                """), Pages.URL);
        List<Section> sections = article.sections();
        assertEquals(3, sections.size(), sections.toString());
        assertNull(sections.get(0).heading());
        assertEquals("Why the pipes fail", sections.get(1).heading());
        assertEquals("What comes next", sections.get(2).heading());
        assertEquals(2, sections.get(2).paragraphs().size());
    }

    @Test
    void aPageThatAppendsTheNextStoryYieldsTheFirstOnly() throws ExtractionException {
        String next = """
                <p>Firefighters spent the night battling a blaze at a timber yard near the harbour, where stacks of \
                pallets caught fire shortly after midnight and sent smoke across the old town.</p>
                <p>No one was hurt, the fire service said, but residents were told to keep windows closed until \
                the morning while crews damped down the remaining piles of wood and checked nearby sheds.</p>
                <p>The cause of the fire is not yet known, and the yard's owner said he would cooperate fully with \
                investigators, who are expected to visit the site again later this week with insurers.</p>
                """;
        String body = body(Pages.page("", """
                <main><article><h1>Council approves water main repairs</h1>%s</article>
                <article><h1>Fire at timber yard lights up the harbour overnight</h1>%s</article></main>
                """.formatted(Pages.STORY, next)));
        assertTrue(body.contains("written comments can be sent to the city clerk"), body);
        assertFalse(body.contains("timber yard"), body);
    }

    @Test
    void tableRowsReadAsLines() throws ExtractionException {
        // amid the paragraphs: short lines trailing an article are, on real pages, mostly not its text
        int third = Pages.STORY.indexOf("<p>Two council");
        String body = body(Pages.article(Pages.STORY.substring(0, third) + """
                <table><tr><th>Street</th><th>Bursts</th></tr><tr><td>Elm</td><td>5</td></tr>
                <tr><td>Oak</td><td>6</td></tr></table>
                """ + Pages.STORY.substring(third)));
        assertTrue(body.contains("Elm 5\nOak 6\n"), body);
    }

    @Test
    void keepsArticleTextInsideAPaywallWrapper() throws ExtractionException {
        String body = body(Pages.article("""
                <p>The city council voted on Tuesday to spend $4.2 million on new water mains for the east side.</p>
                <div class="paywall">%s</div>
                <div class="paywall-prompt"><p>Subscribe to keep reading.</p><a href="/subscribe">Subscribe</a></div>
                """.formatted(Pages.STORY)));
        assertTrue(body.contains("public hearing on the rate increase"), body);
        assertFalse(body.contains("keep reading"), body);
    }

    @Test
    void refusesASectionIndex() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            teasers.append("<article><h2><a href=\"/story-").append(i).append("\">Story number ").append(i)
                    .append(" of the day</a></h2><p>A short blurb.</p></article>");
        }
        ExtractionException refused = assertThrows(ExtractionException.class,
                () -> extractor.extract(Pages.page("<meta property=\"og:type\" content=\"website\">",
                        "<main><h1>News</h1>" + teasers + "</main>"), Pages.URL));
        assertTrue(refused.getMessage().startsWith("not an article: section index with "), refused.getMessage());
    }

    @Test
    void refusesAnErrorPage() {
        ExtractionException refused = assertThrows(ExtractionException.class, () -> extractor.extract(
                Pages.page("", "<main><h1>Page not found</h1><p>Sorry, we could not find the page you asked for. "
                        + "Try the search box or go back to the home page.</p></main>"), Pages.URL));
        assertTrue(refused.getMessage().startsWith("not an article: error page"), refused.getMessage());
    }

    @Test
    void refusesSearchResults() {
        String results = Pages.page("", """
                <main><h1>Search results for "water"</h1><ul>
                <li><a href="/a">Council approves water main repairs</a> Residents get new pipes.</li>
                <li><a href="/b">Water rates to rise by 7%</a> Bills go up in July.</li></ul></main>""");
        ExtractionException byTitle = assertThrows(ExtractionException.class,
                () -> extractor.extract(results, Pages.URL));
        assertTrue(byTitle.getMessage().startsWith("not an article: search results page with"), byTitle.getMessage());
        ExtractionException byUrl = assertThrows(ExtractionException.class, () -> extractor.extract(
                results.replace("Search results for", "Found"), "https://news.example.test/?s=water"));
        assertTrue(byUrl.getMessage().startsWith("not an article: search results page"), byUrl.getMessage());
    }

    @Test
    void refusesAPaywallStub() {
        String html = Pages.page("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Water mains",
                "isAccessibleForFree":false}</script>""", """
                <main><article><h1>Council approves water main repairs</h1>
                <p>The city council voted on Tuesday to spend $4.2 million on new water mains for the east side.</p>
                <p>Subscribe to read the full story.</p></article></main>""");
        ExtractionException refused = assertThrows(ExtractionException.class, () -> extractor.extract(html, Pages.URL));
        assertTrue(refused.getMessage().startsWith("not an article: paywall stub"), refused.getMessage());
    }

    @Test
    void refusesAPageWithoutText() {
        ExtractionException refused = assertThrows(ExtractionException.class,
                () -> extractor.extract("<html><head><title>Storm news</title></head><body><nav><a href=/>Home</a>",
                        Pages.URL));
        assertEquals("no article text found", refused.getMessage());
        assertThrows(ExtractionException.class, () -> extractor.extract("  ", Pages.URL));
    }

    @Test
    void refusesALanguageTheVoiceCannotSpeakUnlessTheSettingsAcceptAny() throws ExtractionException {
        String german = Pages.article("""
                <p>Der Stadtrat hat am Dienstag beschlossen, 4,2 Millionen Euro für neue Wasserleitungen im Osten \
                der Stadt auszugeben, wo die Rohre aus dem Jahr 1931 seit Januar elfmal geplatzt sind.</p>
                <p>Die Anwohner sagten, dass die Ausfälle zwei Schulen und eine Klinik geschlossen hätten und dass \
                das Wasser in Flaschen, das die Stadt verteilt hat, mindestens dreimal nicht gereicht habe.</p>
                <p>Der Leiter des Bauamts sagte, die Arbeiten würden im September beginnen und der erste Abschnitt \
                bis zum Ende des nächsten Frühjahrs fertig sein, wenn das Wetter es zulässt.</p>""");
        ExtractionException refused = assertThrows(ExtractionException.class, () -> extractor.extract(german, Pages.URL));
        assertEquals("language de not supported by voice kevin16", refused.getMessage());
        Article anyLanguage = new ArticleExtractor(NarratorConfig.defaults().extractorSettings().withAnyLanguage()).extract(german, Pages.URL);
        assertEquals("de", anyLanguage.language());
        assertTrue(anyLanguage.bodyText().contains("Wasserleitungen"));
    }

    @Test
    void siteRulesIncludeAndExclude() throws ExtractionException {
        String html = Pages.page("", """
                <div class="x1"><p>Breaking: the river has burst its banks at the old mill and roads are closing.</p></div>
                <div class="x2">%s<div class="x3"><p>Our sponsor's message about insurance goes in here, written like a paragraph.</p></div></div>
                """.formatted(Pages.STORY));
        ExtractorSettings settings = NarratorConfig.defaults().extractorSettings()
                .withSiteRule("news.example.test", new SiteRule(List.of("div.x2"), List.of(".x3")));
        String body = new ArticleExtractor(settings).extract(html, Pages.URL).bodyText();
        assertTrue(body.startsWith("The city council voted"), body);
        assertFalse(body.contains("river has burst"), body);
        assertFalse(body.contains("sponsor"), body);
    }

    @Test
    void usesTheJsonLdBodyWhenThePageShowsNoText() throws ExtractionException {
        String structured = Pages.STORY.replaceAll("<p>|</p>", "").replace("\\", "");
        String html = Pages.page("""
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                "headline":"Council approves water main repairs","articleBody":%s}</script>"""
                .formatted(jsonString(structured)), "<main><div id=\"app\">Loading…</div></main>");
        Article article = extractor.extract(html, Pages.URL);
        assertTrue(article.bodyText().contains("written comments can be sent"), article.bodyText());
        assertEquals("Council approves water main repairs", article.title());
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        String html = Pages.article(Pages.STORY);
        String expected = extractor.extract(html, Pages.URL).bodyText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> extractor.extract(html, Pages.URL).bodyText()));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
