package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the blocks the {@link BlockModel} finds likely enough to be article text and that no rule
 * of the {@link BoilerplateFilter} rules out (headline, captions, labels, prompts), then tidies what
 * is kept with its list rules. When the page shows almost nothing of
 * its own JSON-LD {@code articleBody} (text drawn by script), that text is the body.
 */
final class BlockSelector {

    /** With nothing kept, the likeliest blocks are kept when the likeliest is at least this likely. */
    private static final double FALLBACK_FLOOR = 0.1;
    /** A subheading between kept text is kept from this probability. */
    private static final double HEADING_FLOOR = 0.2;
    /** A block this much of whose shingles were already read is a repeat. */
    private static final double REPEATED_SHARE = 0.8;
    /** Blocks shorter than this many shingles (about twenty words) are never taken for repeats. */
    private static final int REPEAT_MIN_SHINGLES = 20;

    private BlockSelector() {
    }

    static List<TextBlock> select(PageAnalysis page, BlockModel model) {
        if (page.ruled()) {
            return page.blocks();
        }
        List<TextBlock> kept = new ArrayList<>();
        String titleKey = BoilerplateFilter.key(page.metadata().title());
        boolean[] candidates = new boolean[page.blocks().size()];
        int label = BlockFeatures.Feature.LABEL.ordinal();
        int pointer = BlockFeatures.Feature.POINTER.ordinal();
        int prompt = BlockFeatures.Feature.PROMPT.ordinal();
        for (TextBlock block : page.blocks()) {
            float[] row = page.features()[block.index];
            candidates[block.index] = !BoilerplateFilter.isNotText(block, titleKey,
                    row[label] > 0 || row[pointer] > 0 || row[prompt] > 0);
        }
        double[] probabilities = model.probabilities(page, candidates);
        int judges = BlockFeatures.Feature.FILTER_KEEPS.ordinal();
        int otherArticle = BlockFeatures.Feature.OTHER_ARTICLE.ordinal();
        boolean storyKept = keepsHeadlineArticle(page, probabilities, candidates, model);
        for (TextBlock block : page.blocks()) {
            float[] row = page.features()[block.index];
            boolean heuristicKeeps = row[judges] > 0;
            // once the headline's own <article> holds kept text, a later <article> is the next story
            boolean nextStory = storyKept && row[otherArticle] == 2 && !heuristicKeeps;
            if (candidates[block.index] && !nextStory
                    && probabilities[block.index] >= (heuristicKeeps ? model.rescue() : model.threshold())
                    && !(kept.isEmpty() && BoilerplateFilter.isDateLine(block))) {
                kept.add(block);
            }
        }
        dropReadersComments(kept);
        if (kept.isEmpty()) {
            keepLikeliest(page, probabilities, candidates, kept);
        }
        keepHeadings(page, probabilities, kept);
        dropRepeats(kept);
        BoilerplateFilter.tidy(kept);
        if (page.structured() != null) {
            Shingles reference = new Shingles(page.structured());
            if (reference.size() >= 40 && reference.coverage(kept) < 0.2) {
                return paragraphs(page.structured());
            }
        }
        return kept;
    }

    /**
     * Drops what readers wrote beside the article, however much it reads like prose (the model
     * judges a block by how it reads and where it sits, and a long comment under a short post reads
     * like the post). When no other text is kept (a heading alone is none) the comments are what
     * the page holds (a forum thread) and stay.
     */
    static void dropReadersComments(List<TextBlock> kept) {
        if (kept.stream().anyMatch(block -> !block.readersComment && !block.isHeading())) {
            kept.removeIf(block -> block.readersComment);
        }
    }

    /**
     * When no block is likely enough, a page that is an article still has one: the blocks at least
     * half as likely as the likeliest, if that one is at all likely, rather than nothing to read.
     */
    private static void keepLikeliest(PageAnalysis page, double[] probabilities, boolean[] candidates,
                                      List<TextBlock> kept) {
        double best = 0;
        for (TextBlock block : page.blocks()) {
            if (candidates[block.index]) {
                best = Math.max(best, probabilities[block.index]);
            }
        }
        if (best < FALLBACK_FLOOR) {
            return;
        }
        for (TextBlock block : page.blocks()) {
            if (candidates[block.index] && probabilities[block.index] >= best / 2) {
                kept.add(block);
            }
        }
    }

    private static boolean keepsHeadlineArticle(PageAnalysis page, double[] probabilities, boolean[] candidates,
                                                BlockModel model) {
        int inside = BlockFeatures.Feature.HEADLINE_ARTICLE.ordinal();
        for (TextBlock block : page.blocks()) {
            if (candidates[block.index] && page.features()[block.index][inside] > 0
                    && probabilities[block.index] >= model.threshold()
                    && !block.isHeading()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps a subheading the model doubted when the text under it is kept and text is kept before
     * it: the listener hears the article in its sections.
     */
    private static void keepHeadings(PageAnalysis page, double[] probabilities, List<TextBlock> kept) {
        boolean[] keeps = new boolean[page.blocks().size()];
        kept.forEach(block -> keeps[block.index] = true);
        boolean before = false;
        for (int i = 0; i + 1 < keeps.length; i++) {
            TextBlock block = page.blocks().get(i);
            if (!keeps[i] && before && keeps[i + 1] && block.isHeading() && !block.tag.equals("h1")
                    && !block.isLinkText() && probabilities[i] >= HEADING_FLOOR) {
                keeps[i] = true;
            }
            before |= keeps[i];
        }
        kept.clear();
        for (TextBlock block : page.blocks()) {
            if (keeps[block.index]) {
                kept.add(block);
            }
        }
    }

    /**
     * Drops a block that repeats a run of blocks kept before it, and that the run repeats in turn:
     * pages that carry their article twice (a summary box joining its paragraphs, a print or AMP
     * copy) are read once. A block that repeats a single earlier one, or sentences from here and
     * there, is left alone: recipes and plans rightly repeat a step, templated prose its sentences.
     */
    static void dropRepeats(List<TextBlock> kept) {
        Map<Long, Integer> said = new HashMap<>();
        List<long[]> earlier = new ArrayList<>();
        kept.removeIf(block -> {
            long[] shingles = Shingles.hashes(block.text);
            if (shingles.length >= REPEAT_MIN_SHINGLES && repeatsARun(shingles, said, earlier)) {
                return true;
            }
            for (long shingle : shingles) {
                said.putIfAbsent(shingle, earlier.size());
            }
            earlier.add(shingles);
            return false;
        });
    }

    private static boolean repeatsARun(long[] shingles, Map<Long, Integer> said, List<long[]> earlier) {
        int repeated = 0;
        int first = Integer.MAX_VALUE;
        int last = -1;
        Set<Integer> sources = new HashSet<>();
        for (long shingle : shingles) {
            Integer source = said.get(shingle);
            if (source != null) {
                repeated++;
                sources.add(source);
                first = Math.min(first, source);
                last = Math.max(last, source);
            }
        }
        if (repeated < REPEATED_SHARE * shingles.length || sources.size() < 2) {
            return false;
        }
        Set<Long> own = new HashSet<>();
        for (long shingle : shingles) {
            own.add(shingle);
        }
        int run = 0;
        int covered = 0;
        for (int i = first; i <= last; i++) {
            for (long shingle : earlier.get(i)) {
                run++;
                covered += own.contains(shingle) ? 1 : 0;
            }
        }
        return covered >= REPEATED_SHARE * run;
    }

    private static List<TextBlock> paragraphs(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                blocks.add(TextBlock.paragraph(paragraph, blocks.size()));
            }
        }
        return blocks;
    }
}
