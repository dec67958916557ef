package io.github.narrator.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page read and judged, before any block is kept: its metadata, its text blocks with their
 * {@link BlockFeatures}, and what the page-level rules need. Holds no DOM once {@link #detached()},
 * so the training program can keep hundreds of pages in memory.
 *
 * @param url            where the page came from
 * @param metadata       what the page says about itself
 * @param pageTitle      the {@code <title>}, for refusals when the metadata has none
 * @param links          links on the whole page
 * @param linkedHeadings linked headlines in the heuristic container (a sign of an index page)
 * @param blocks         every text block of the page, in order
 * @param features       one row per block
 * @param parents        per block, a number naming its element's parent (blocks that share one share it)
 * @param grandparents   the same for the element's grandparent
 * @param ruled          the blocks come from a site rule: all are kept, the model is not asked
 * @param structured     the JSON-LD {@code articleBody} as plain text, one paragraph a line; null when the page
 *                       has none
 */
record PageAnalysis(String url, PageMetadata metadata, String pageTitle, int links, int linkedHeadings,
                    List<TextBlock> blocks, float[][] features, int[] parents, int[] grandparents, boolean ruled,
                    @Nullable String structured) {

    PageAnalysis detached() {
        return new PageAnalysis(url, metadata, pageTitle, links, linkedHeadings,
                blocks.stream().map(TextBlock::detached).toList(), features, parents, grandparents, ruled, structured);
    }
}
