package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentLocatorTest {

    private static final String OTHER = """
            <p>Letters to the editor this week came from readers in every part of the county, and most of them \
            were about the new parking charges outside the railway station and the market hall.</p>
            <p>One reader from the north side wrote that the charges would drive shoppers to the retail park on the \
            ring road, where parking is free, and asked the council to think again before the summer.</p>
            <p>Another reader welcomed the charges, saying the money should go to buses, and that the town centre \
            would be a far better place with fewer cars circling the square looking for a space.</p>
            <p>A third letter asked why the council had not consulted traders before deciding, and whether the \
            charges would apply on Sundays and bank holidays as well as on market days.</p>
            """;

    @Test
    void picksTheContainerWithTheMostProseAndLeastClutter() {
        Document page = Jsoup.parse(Pages.article(Pages.STORY));
        Element container = new ContentLocator(new PageModel(page.body())).locate();
        assertEquals("article", container.normalName());
    }

    @Test
    void aReferenceTextPicksTheContainerThatHoldsIt() {
        Document page = Jsoup.parse(Pages.page("", "<div id=a>" + OTHER + OTHER + "</div><div id=b>" + Pages.STORY
                + "</div>"));
        PageModel model = new PageModel(page.body());
        assertNotEquals("b", new ContentLocator(model).locate().id(), "on prose alone, b is not the article");
        Shingles reference = new Shingles(Jsoup.parse(Pages.STORY).text());
        assertEquals("b", new ContentLocator(model, reference).locate().id());
        assertTrue(reference.coverage(new ContentLocator(model, reference).blocksOf(page.getElementById("b"))) > 0.9,
                "all but the shingles that span two paragraphs");
    }

    @Test
    void aPageWithoutProseHasNoContainer() {
        Document page = Jsoup.parse("<html><body><nav><a href=/a>Home</a> <a href=/b>News</a></nav></body></html>");
        assertNull(new ContentLocator(new PageModel(page.body())).locate());
    }
}
