package io.github.narrator.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the readers' comments beside an article: blocks a few levels inside an element named as
 * comments or a discussion ({@link ElementHints#COMMENTS}) that holds neither the headline nor any
 * text the heuristic judges keep. The second condition tells a comment section from a wrapper
 * around the article that happens to be named after comments ("comment-closed").
 *
 * <p>Comments are what the learned model missed on a site it never saw: a post of two short
 * paragraphs followed by a thread of long, well-written replies looks, block by block, like an
 * article whose text goes on below. The model's features already said "named as clutter"; across
 * the dev corpora that was not a strong enough sign to learn, since every other comment thread
 * was told apart by other features. The {@link BlockSelector} drops marked blocks instead.
 */
final class ReadersComments {

    /** How far above a block its comment-named element may be: a comment, its body, its text. */
    static final int LEVELS = 4;

    private ReadersComments() {
    }

    /**
     * Sets {@link TextBlock#readersComment} on the page's blocks.
     *
     * @param named          per block, its nearest element at most {@link #LEVELS} up that is named as
     *                       comments; null when there is none ({@link BlockFeatures} notes them)
     * @param heuristicKeeps per block, whether the heuristic judges keep it
     */
    static void mark(PageModel page, @Nullable Element[] named, boolean[] heuristicKeeps) {
        Set<Element> holdsText = null;
        for (TextBlock block : page.blocks) {
            Element element = named[block.index];
            if (element == null) {
                continue;
            }
            if (holdsText == null) {
                holdsText = aroundText(page, heuristicKeeps);
            }
            block.readersComment = !holdsText.contains(element);
        }
    }

    /** Every element that holds the headline or a block the heuristic keeps. */
    private static Set<Element> aroundText(PageModel page, boolean[] heuristicKeeps) {
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock block : page.blocks) {
            if (heuristicKeeps[block.index] || block.index == page.headline) {
                for (Element e = block.owner; e != null && around.add(e); e = e.parent()) {
                    // an ancestor already in the set came with its own ancestors
                }
            }
        }
        return around;
    }
}
