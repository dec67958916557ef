package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a page's text blocks and gathers the heuristic judges' views of them: the
 * {@link ContentLocator}'s container, the {@link BoilerplateFilter}, and the JSON-LD
 * {@code articleBody} check. The {@link BlockSelector} then decides, with the {@link BlockModel}.
 * A site rule, when one applies, decides instead.
 */
final class BodyFinder {

    /**
     * The blocks, their features, and how many linked headlines the container held; {@code structured} is the
     * JSON-LD body as plain text, null when the page has none or a site rule decided.
     */
    record Found(List<TextBlock> blocks, float[][] features, int[] parents, int[] grandparents, int linkedHeadings,
                 boolean ruled, @Nullable String structured) {
    }

    private BodyFinder() {
    }

    /** @param rule the site rule for the page's host; null when no rule applies */
    static Found find(Document document, PageMetadata metadata, @Nullable SiteRule rule) {
        Element root = document.body();
        String structured = structuredBody(metadata.articleBody());
        if (root == null) {
            return new Found(List.of(), new float[0][], new int[0], new int[0], 0, false, structured);
        }
        if (rule != null) {
            for (String selector : rule.exclude()) {
                root.select(selector).remove();
            }
            if (!rule.include().isEmpty()) {
                List<TextBlock> blocks = new ArrayList<>();
                for (String selector : rule.include()) {
                    for (Element element : root.select(selector)) {
                        blocks.addAll(BlockReader.read(element));
                    }
                }
                if (!blocks.isEmpty()) {
                    blocks.forEach(block -> block.quoteLike = BoilerplateFilter.isQuoteLike(block.owner, ElementHints::of));
                    List<TextBlock> kept = BoilerplateFilter.filter(blocks, metadata.title());
                    return new Found(kept, new float[kept.size()][BlockFeatures.COUNT], new int[kept.size()],
                            new int[kept.size()], 0, true, null);
                }
            }
        }
        PageModel page = new PageModel(root, metadata.title());
        ContentLocator locator = new ContentLocator(page);
        Element container = locator.locate();
        List<TextBlock> raw = container == null ? List.of() : locator.blocksOf(container);
        List<TextBlock> kept = BoilerplateFilter.filter(raw, metadata.title());
        Shingles reference = structured == null ? null : new Shingles(structured);
        if (reference != null) {
            kept = checkedAgainst(reference, kept, page, metadata.title());
        }
        int count = page.blocks.size();
        boolean[] containerKeeps = new boolean[count];
        boolean[] filterKeeps = new boolean[count];
        raw.forEach(block -> containerKeeps[block.index] = true);
        kept.forEach(block -> filterKeeps[block.index] = true);
        double pageChars = locator.chars(page.root);
        double share = container == null || pageChars == 0 ? 0 : locator.chars(container) / pageChars;
        float[][] features = BlockFeatures.of(page, new BlockFeatures.Judgement(container, containerKeeps, filterKeeps, share),
                reference, reference == null ? null : BoilerplateFilter.key(structured), metadata.title());
        return new Found(page.blocks, features, ancestors(page, 1), ancestors(page, 2), linkedHeadings(raw), false,
                structured);
    }

    /** Per block, a number for its element's ancestor {@code levels} up: equal for blocks that share it. */
    private static int[] ancestors(PageModel page, int levels) {
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        int[] result = new int[page.blocks.size()];
        for (TextBlock block : page.blocks) {
            Element ancestor = block.owner;
            for (int i = 0; i < levels && ancestor != page.root && ancestor.parent() != null; i++) {
                ancestor = ancestor.parent();
            }
            Integer number = numbers.get(ancestor);
            if (number == null) {
                number = numbers.size();
                numbers.put(ancestor, number);
            }
            result[block.index] = number;
        }
        return result;
    }

    /**
     * The JSON-LD body is trusted only as far as the page bears it out: when the blocks found miss
     * most of it, the container that holds most of it is taken instead.
     */
    private static List<TextBlock> checkedAgainst(Shingles reference, List<TextBlock> blocks, PageModel page,
                                                  @Nullable String title) {
        if (reference.size() < 40 || reference.coverage(blocks) >= 0.6) {
            return blocks;
        }
        ContentLocator guided = new ContentLocator(page, reference);
        Element container = guided.locate();
        if (container != null) {
            List<TextBlock> alternative = BoilerplateFilter.filter(guided.blocksOf(container), title);
            if (reference.coverage(alternative) > reference.coverage(blocks) + 0.2) {
                return alternative;
            }
        }
        return blocks;
    }

    /** The JSON-LD body as plain text (some pages put HTML in it); null when there is none or it holds no text. */
    private static @Nullable String structuredBody(@Nullable String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return null;
        }
        if (articleBody.indexOf('<') >= 0) {
            Document fragment = Jsoup.parseBodyFragment(articleBody);
            StringBuilder text = new StringBuilder();
            for (TextBlock block : BlockReader.read(fragment.body())) {
                text.append(block.text).append('\n');
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder();
        for (String line : articleBody.split("\n")) {
            String paragraph = MetadataReader.clean(line);
            if (paragraph != null) {
                text.append(paragraph).append('\n');
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static int linkedHeadings(List<TextBlock> blocks) {
        int count = 0;
        for (TextBlock block : blocks) {
            if (block.isHeading() && block.isLinkText()) {
                count++;
            }
        }
        return count;
    }
}
