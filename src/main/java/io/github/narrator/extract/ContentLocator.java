package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article: the one whose prose most outweighs its clutter.
 *
 * <p>Every block is weighed as prose (long, few links, sentence-like) or clutter (link lists,
 * blocks under elements named or tagged as clutter). The weights add up the tree, and the element
 * with the highest prose minus clutter wins, so the container stops growing as soon as what it
 * would take in (a sidebar, a related list, the footer) is more clutter than article. Body
 * containers named as such and those that start right below the headline get a little extra.
 */
final class ContentLocator {

    /** A clutter name on an element holding at least this share of the prose is not believed. */
    private static final double GUARD_SHARE = 0.5;
    /** How many blocks below the headline an article body may start (bylines, captions, share bars). */
    private static final int NEAR_HEADLINE = 25;

    /** What the blocks under one element add up to. */
    private static final class Tally {
        /** Prose, ignoring clutter names: used to judge whether to believe those names. */
        double prose;
        double good;
        double bad;
        double chars;
        boolean holdsHeadline;
        /** Level-one headings with text inside: two mean two articles (a page that appends the next story). */
        int headings;
        int firstGood = Integer.MAX_VALUE;
    }

    private final PageModel page;
    /** When set, a block is good by being part of this text (the JSON-LD body), not by looking like prose. */
    /** The JSON-LD body that guides the search; null to judge by prose alone. */
    private final @Nullable Shingles reference;
    private final Map<Element, Tally> tallies = new IdentityHashMap<>();
    /** The tallied elements in the order first met, so that a tie goes the same way on every run. */
    private final List<Element> tallied = new ArrayList<>();
    private final Map<Element, Boolean> noisy = new IdentityHashMap<>();
    private final int headline;
    private double rootProse;

    ContentLocator(PageModel page) {
        this(page, null);
    }

    ContentLocator(PageModel page, @Nullable Shingles reference) {
        this.page = page;
        this.reference = reference;
        this.headline = page.headline;
    }

    /** The best container, or null when the page has no prose at all. */
    @Nullable Element locate() {
        int count = page.blocks.size();
        double[] goods = new double[count];
        double[] bads = new double[count];
        for (TextBlock block : page.blocks) {
            boolean known = reference == null || reference.contains(block) >= 0.5;
            goods[block.index] = reference == null ? prose(block) : known ? block.chars() : 0;
            bads[block.index] = reference == null ? badness(block) : known ? 0 : block.chars();
        }
        for (TextBlock block : page.blocks) {
            boolean title = block.index == headline;
            boolean h1 = block.tag.equals("h1") && block.chars() >= 15;
            for (Element e = block.owner; e != null; e = e.parent()) {
                Tally tally = tally(e);
                tally.headings += h1 ? 1 : 0;
                tally.prose += goods[block.index];
                tally.chars += block.chars();
                tally.holdsHeadline |= title;
                if (e == page.root) {
                    break;
                }
            }
        }
        rootProse = tally(page.root).prose;
        if (rootProse == 0) {
            return null;
        }
        for (TextBlock block : page.blocks) {
            boolean clutter = isNoisyPath(block.owner);
            double good = clutter ? 0 : goods[block.index];
            double bad = clutter ? block.chars() : bads[block.index];
            for (Element e = block.owner; e != null; e = e.parent()) {
                Tally tally = tally(e);
                tally.good += good;
                tally.bad += bad;
                if (good > 0) {
                    tally.firstGood = Math.min(tally.firstGood, block.index);
                }
                if (e == page.root) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element element : tallied) {
            double score = score(element, tallies.get(element));
            if (score > bestScore) {
                bestScore = score;
                best = element;
            }
        }
        return best;
    }

    private double score(Element element, Tally tally) {
        double good = tally.good;
        if (good <= 0) {
            return 0;
        }
        double score = good - tally.bad;
        int flags = page.flags(element);
        if ((flags & PageModel.STRONG_CONTENT) != 0) {
            score += 0.25 * good;
        } else if (element.normalName().equals("article")) {
            score += 0.1 * good;
        }
        if (tally.headings >= 2) {
            score *= 0.5;
        }
        if (headline >= 0 && (tally.holdsHeadline
                || (tally.firstGood > headline && tally.firstGood - headline <= NEAR_HEADLINE))) {
            score += 0.1 * good;
        }
        return score;
    }

    /** The blocks of the container that are article text. */
    List<TextBlock> blocksOf(Element container) {
        double containerProse = tally(container).prose;
        List<TextBlock> kept = new ArrayList<>();
        Map<Element, Boolean> inside = new IdentityHashMap<>();
        for (TextBlock block : page.blocks) {
            if (isInside(block.owner, container, inside) && !hasClutterBelow(block.owner, container, containerProse)) {
                kept.add(block);
            }
        }
        return kept;
    }

    private static boolean isInside(@Nullable Element element, Element container, Map<Element, Boolean> memo) {
        if (element == container) {
            return true;
        }
        if (element == null) {
            return false;
        }
        Boolean known = memo.get(element);
        if (known != null) {
            return known;
        }
        boolean result = isInside(element.parent(), container, memo);
        memo.put(element, result);
        return result;
    }

    private boolean hasClutterBelow(@Nullable Element element, Element container, double containerProse) {
        for (Element e = element; e != null && e != container; e = e.parent()) {
            if (isClutter(e, containerProse)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNoisyPath(@Nullable Element element) {
        if (element == null || element == page.root) {
            return false;
        }
        Boolean known = noisy.get(element);
        if (known != null) {
            return known;
        }
        boolean result = isClutter(element, rootProse) || isNoisyPath(element.parent());
        noisy.put(element, result);
        return result;
    }

    private boolean isClutter(Element element, double proseAround) {
        int flags = page.flags(element);
        if ((flags & (PageModel.STRONG_CONTENT | ElementHints.PULL_QUOTE)) != 0) {
            // pull quotes are judged by the boilerplate filter: dropped when they repeat the body
            return false;
        }
        Tally tally = tallies.get(element);
        if ((flags & PageModel.CLUTTER) != 0) {
            // a wrapper around the headline is the page, whatever its class says ("modal-enabled")
            return tally == null || !tally.holdsHeadline;
        }
        if ((flags & PageModel.MAYBE_CLUTTER) != 0 && tally != null && tally.prose < 0.5 * tally.chars) {
            return true;
        }
        if ((flags & (PageModel.CLUTTER_TAG | PageModel.WEAK_CLUTTER)) == 0) {
            return false;
        }
        double prose = tally == null ? 0 : tally.prose;
        return prose < GUARD_SHARE * proseAround || proseAround == 0;
    }

    /** Characters of text under the element (after {@link #locate()}). */
    double chars(Element element) {
        Tally tally = tallies.get(element);
        return tally == null ? 0 : tally.chars;
    }

    private Tally tally(Element element) {
        Tally tally = tallies.get(element);
        if (tally == null) {
            tally = new Tally();
            tallies.put(element, tally);
            tallied.add(element);
        }
        return tally;
    }

    /** How much of the block reads as article prose, in characters. */
    static double prose(TextBlock block) {
        if (block.isHeading() || block.isLinkText() || block.isCaption()) {
            return 0;
        }
        int chars = block.chars();
        int own = chars - block.linkChars;
        if (chars >= 80) {
            return own;
        }
        if (chars >= 30 && TextRules.endsSentence(block.text)) {
            return own * 0.5;
        }
        // short plain lines (list items, table rows, data) count a little
        return block.linkChars == 0 && chars >= 10 ? 0.3 * chars : 0;
    }

    /** How much of the block reads as clutter, in characters. */
    static double badness(TextBlock block) {
        return block.isLinkText() ? block.chars() : 0;
    }
}
