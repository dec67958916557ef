package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article's text blocks on a page: by a site rule when one applies, else by the
 * {@link ContentLocator}, checked against the JSON-LD {@code articleBody} when the page has one.
 */
final class BodyFinder {

    /** What was found, and how many linked headlines the container held (a sign of an index page). */
    record Body(List<TextBlock> blocks, int linkedHeadings) {
    }

    private BodyFinder() {
    }

    static Body find(Document document, PageMetadata metadata, SiteRule rule) {
        Element root = document.body();
        if (root == null) {
            return new Body(List.of(), 0);
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
                    return new Body(BoilerplateFilter.filter(blocks, metadata.title()), 0);
                }
            }
        }
        PageModel page = new PageModel(root, metadata.title());
        ContentLocator locator = new ContentLocator(page);
        Element container = locator.locate();
        List<TextBlock> raw = container == null ? List.of() : locator.blocksOf(container);
        List<TextBlock> blocks = BoilerplateFilter.filter(raw, metadata.title());
        String structured = structuredBody(metadata.articleBody());
        if (structured != null) {
            blocks = checkedAgainst(structured, blocks, page, metadata.title());
        }
        return new Body(blocks, linkedHeadings(raw));
    }

    /**
     * The JSON-LD body is trusted only as far as the page bears it out. When the blocks found miss
     * most of it, the container that holds most of it is taken instead; when the page shows almost
     * nothing of it (text drawn by script), the JSON-LD text itself is the body.
     */
    private static List<TextBlock> checkedAgainst(String structured, List<TextBlock> blocks, PageModel page,
                                                  String title) {
        Shingles reference = new Shingles(structured);
        if (reference.size() < 40 || reference.coverage(blocks) >= 0.6) {
            return blocks;
        }
        ContentLocator guided = new ContentLocator(page, reference);
        Element container = guided.locate();
        if (container != null) {
            List<TextBlock> alternative = BoilerplateFilter.filter(guided.blocksOf(container), title);
            if (reference.coverage(alternative) > reference.coverage(blocks) + 0.2) {
                blocks = alternative;
            }
        }
        if (reference.coverage(blocks) < 0.2) {
            return paragraphs(structured, page.root);
        }
        return blocks;
    }

    /** The JSON-LD body as plain text, or null; some pages put HTML in it. */
    private static String structuredBody(String articleBody) {
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
        return text.toString();
    }

    private static List<TextBlock> paragraphs(String text, Element owner) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : text.split("\n")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                blocks.add(new TextBlock(owner, paragraph, 0, blocks.size()));
            }
        }
        return blocks;
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
