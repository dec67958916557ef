package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReadersCommentsTest {

    private static final String POST = "<article><h1>September open thread</h1><div class=\"entry-content\">"
            + "<p>Ask us anything in the comments below.</p></div></article>";
    private static final String COMMENTS = "<div id=\"comments\" class=\"comments-area\"><h3>2 Comments</h3>"
            + "<ol class=\"comment-list\"><li class=\"comment even depth-1\"><div class=\"comment-body\">"
            + "<div class=\"comment-author\">Alex on June 2 said:</div><p>A long and thoughtful reply.</p></div></li>"
            + "</ol></div>";

    /** The page's blocks, marked as its features are made; the heuristic judges keep those whose text contains {@code kept}. */
    private static List<TextBlock> marked(String body, String kept) {
        PageModel page = new PageModel(Jsoup.parse("<html><body>" + body + "</body></html>").body());
        boolean[] keeps = new boolean[page.blocks.size()];
        page.blocks.forEach(block -> keeps[block.index] = block.text.contains(kept));
        BlockFeatures.of(page, new BlockFeatures.Judgement(null, keeps, keeps, 0), null, null, null);
        return page.blocks;
    }

    private static boolean marked(List<TextBlock> blocks, String text) {
        return blocks.stream().filter(block -> block.text.contains(text)).allMatch(block -> block.readersComment);
    }

    @Test
    void aCommentSectionBesideTheArticleIsMarked() {
        List<TextBlock> blocks = marked(POST + COMMENTS, "Ask us");
        assertTrue(marked(blocks, "A long and thoughtful reply"));
        assertTrue(marked(blocks, "Alex on June 2"));
        assertFalse(marked(blocks, "Ask us anything"));
        assertFalse(marked(blocks, "September open thread"));
    }

    @Test
    void aWrapperNamedAfterCommentsThatHoldsTheArticleIsNot() {
        List<TextBlock> blocks = marked("<div class=\"comment-closed\">" + POST + "</div>", "Ask us");
        assertFalse(marked(blocks, "Ask us anything"));
        // nor when it holds the headline only (the judges kept nothing)
        assertFalse(marked(marked("<div class=\"comment-closed\">" + POST + "</div>", "nothing"), "Ask us anything"));
    }

    @Test
    void commentsGoOnlyWhenOtherTextIsKept() {
        TextBlock post = TextBlock.paragraph("Ask us anything in the comments below.", 0);
        TextBlock heading = new TextBlock(Jsoup.parse("<h2>Thread</h2>").selectFirst("h2"), "Thread", 0, 1);
        TextBlock reply = TextBlock.paragraph("A long and thoughtful reply.", 2);
        reply.readersComment = true;
        List<TextBlock> kept = new ArrayList<>(List.of(post, reply));
        BlockSelector.dropReadersComments(kept);
        assertEquals(List.of(post), kept);
        // a forum thread: the replies are the page
        kept = new ArrayList<>(List.of(heading, reply));
        BlockSelector.dropReadersComments(kept);
        assertEquals(List.of(heading, reply), kept);
    }

    @Test
    void commentNamesInTheLanguagesOfTheCorpora() {
        for (String name : List.of("comment-list", "commentlist", "kommentare", "commentaires", "comentarios", "reply",
                "wpdiscuz-discussion", "disqus_thread")) {
            assertTrue((ElementHints.of(Jsoup.parse("<div class=\"" + name + "\"></div>").selectFirst("div"))
                    & ElementHints.COMMENTS) != 0, name);
        }
        // an opinion piece is not readers' comments, and a state of the page is not a section
        for (String name : List.of("commentary", "commentator-bio", "has-comments", "comments-open")) {
            assertEquals(0, ElementHints.of(Jsoup.parse("<div class=\"" + name + "\"></div>").selectFirst("div"))
                    & ElementHints.COMMENTS, name);
        }
    }
}
