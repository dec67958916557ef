package io.github.narrator.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a page into {@link TextBlock}s in one pass: text collects until a block-level element opens
 * or closes (or a {@code <br>}), with white space collapsed and link text counted. Scripts, media,
 * form controls and image alt text are never read.
 */
final class BlockReader implements NodeFilter {

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Run> runs = new ArrayDeque<>();
    private int linkDepth;

    static List<TextBlock> read(Element root) {
        BlockReader reader = new BlockReader();
        reader.runs.push(new Run(root, null));
        NodeTraversor.filter(reader, root);
        reader.flush();
        return reader.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (HtmlTags.isUnreadable(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String name = element.normalName();
        if (name.equals("br")) {
            flush();
        } else if (name.equals("a")) {
            linkDepth++;
        } else if (HtmlTags.isCell(element)) {
            append(" ");
        } else if (depth > 0 && (HtmlTags.isBlock(element) || isNamedClutter(element))) {
            flush();
            runs.push(new Run(element, runs.peek()));
        }
        return FilterResult.CONTINUE;
    }

    /** An inline element named as clutter ({@code <span class="caption">}) is read as a block of its own. */
    private static boolean isNamedClutter(Element element) {
        return element.attributesSize() > 0 && !element.normalName().equals("a")
                && (ElementHints.of(element) & ElementHints.CLUTTER) != 0;
    }

    /**
     * A small wrapper with an image in it: its own text is a caption or a credit. Wrappers with many
     * children are containers (an article body that also holds an image), not captions.
     */
    private static boolean holdsMedia(Element element) {
        // a paragraph with an image floated into it is still a paragraph
        if (element.childrenSize() > 4 || element.normalName().equals("p")) {
            return false;
        }
        for (Element child : element.children()) {
            if (HtmlTags.isMedia(child)) {
                return true;
            }
            if (child.childrenSize() <= 2) {
                for (Element grandchild : child.children()) {
                    if (HtmlTags.isMedia(grandchild)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (element.normalName().equals("a")) {
                linkDepth--;
            } else if (depth > 0 && runs.peek().owner == element) {
                flush();
                runs.pop();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String raw) {
        Run run = runs.peek();
        StringBuilder text = run.text;
        int before = text.length();
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            int c = raw.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else if (!TextRules.isInvisible(c)) {
                text.appendCodePoint(c);
            }
        }
        if (linkDepth > 0) {
            run.linkChars += text.length() - before;
        }
    }

    private void flush() {
        Run run = runs.peek();
        int end = run.text.length();
        if (end > 0 && run.text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            TextBlock block = new TextBlock(run.owner, run.text.substring(0, end), run.linkChars, blocks.size());
            block.besideMedia = run.besideMedia;
            block.inCaption = run.caption;
            blocks.add(block);
        }
        run.text.setLength(0);
        run.linkChars = 0;
    }

    private static final class Run {
        final Element owner;
        final boolean besideMedia;
        /** Inside a figcaption or a table caption. */
        final boolean caption;
        final StringBuilder text = new StringBuilder();
        int linkChars;

        /** @param outer the run this one opens inside; null for the root's */
        Run(Element owner, @Nullable Run outer) {
            this.owner = owner;
            this.besideMedia = holdsMedia(owner);
            String name = owner.normalName();
            this.caption = outer != null && outer.caption || name.equals("figcaption") || name.equals("caption");
        }
    }
}
