package io.github.narrator.extract;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * One run of text between block boundaries (a paragraph, a list item, a heading, a caption line):
 * the unit the extractor scores, keeps or drops.
 */
final class TextBlock {

    /**
     * The nearest block-level element around the text; null once {@link #detached()}, and for a
     * {@link #paragraph} that is not on the page.
     */
    final @Nullable Element owner;
    /** The owner's tag name, kept when the page is let go. */
    final String tag;
    final String text;
    /** Characters of text inside links. */
    final int linkChars;
    /** Position in document order. */
    final int index;
    /** Text of a small wrapper that also holds an image: a caption or credit when short. */
    boolean besideMedia;
    /** Inside a figcaption or a table caption. */
    boolean inCaption;
    /** A list item, or a line inside one. */
    final boolean listItem;
    /** Inside a blockquote, aside, figure or pull quote: dropped when it repeats the body. */
    boolean quoteLike;
    /** Inside a readers' comment section beside the article ({@link ReadersComments}). */
    boolean readersComment;
    /** The text as a {@link BoilerplateFilter#key}; null until first asked for. */
    private @Nullable String key;

    TextBlock(Element owner, String text, int linkChars, int index) {
        this(owner, owner.normalName(), text, linkChars, index, isListItem(owner));
    }

    private TextBlock(@Nullable Element owner, String tag, String text, int linkChars, int index, boolean listItem) {
        this.owner = owner;
        this.tag = tag;
        this.text = text;
        this.linkChars = Math.min(linkChars, text.length());
        this.index = index;
        this.listItem = listItem;
    }

    /** A paragraph that is not on the page (the JSON-LD body's). */
    static TextBlock paragraph(String text, int index) {
        return new TextBlock(null, "p", text, 0, index, false);
    }

    private static boolean isListItem(Element owner) {
        Element parent = owner.parent();
        return owner.normalName().equals("li") || parent != null && parent.normalName().equals("li");
    }

    /** The same block without its element, so that the page it came from can be let go. */
    TextBlock detached() {
        TextBlock copy = new TextBlock(null, tag, text, linkChars, index, listItem);
        copy.besideMedia = besideMedia;
        copy.inCaption = inCaption;
        copy.quoteLike = quoteLike;
        copy.readersComment = readersComment;
        return copy;
    }

    /** The text without case, spacing or punctuation, for comparing blocks. */
    String key() {
        if (key == null) {
            key = BoilerplateFilter.key(text);
        }
        return key;
    }

    int chars() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Mostly link text: a menu entry, a teaser headline. Long sentences with several links are still prose. */
    boolean isLinkText() {
        double density = linkDensity();
        return density > 0.7 || (density > 0.5 && text.length() < 150);
    }

    /** A figure's or a table's caption, or short text sitting next to an image. */
    boolean isCaption() {
        return inCaption || besideMedia && text.length() < 250;
    }

    boolean isHeading() {
        return HtmlTags.isHeading(tag);
    }

    @Override
    public String toString() {
        return tag + "#" + index + ": " + text;
    }
}
