package io.github.narrator.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries (a paragraph, a list item, a heading, a caption line):
 * the unit the extractor scores, keeps or drops.
 */
final class TextBlock {

    /** The nearest block-level element around the text. */
    final Element owner;
    final String text;
    /** Characters of text inside links. */
    final int linkChars;
    /** Position in document order. */
    final int index;
    /** Text of a small wrapper that also holds an image: a caption or credit when short. */
    boolean besideMedia;

    TextBlock(Element owner, String text, int linkChars, int index) {
        this.owner = owner;
        this.text = text;
        this.linkChars = Math.min(linkChars, text.length());
        this.index = index;
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

    /** Short text sitting next to an image. */
    boolean isCaption() {
        return besideMedia && text.length() < 250;
    }

    boolean isHeading() {
        return HtmlTags.isHeading(owner);
    }

    @Override
    public String toString() {
        return owner.tagName() + "#" + index + ": " + text;
    }
}
