package io.github.narrator.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which HTML elements break text into blocks, and which never hold readable text. */
final class HtmlTags {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    /**
     * Elements whose content is never read: code, media, controls, and ruby annotations (the
     * pronunciation printed over Japanese or Chinese characters, not part of the sentence).
     */
    private static final Set<String> UNREADABLE = Set.of(
            "applet", "audio", "button", "canvas", "datalist", "embed", "head", "iframe", "img", "input", "map",
            "math", "meter", "noscript", "object", "option", "picture", "progress", "rp", "rt", "script", "select",
            "source", "style", "svg", "template", "textarea", "title", "track", "video");

    /** Table cells: inline, so that a row reads as one line; a space keeps cells apart. */
    static boolean isCell(Element element) {
        String name = element.normalName();
        return name.equals("td") || name.equals("th");
    }

    private HtmlTags() {
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    static boolean isUnreadable(Element element) {
        return UNREADABLE.contains(element.normalName());
    }

    static boolean isMedia(Element element) {
        String name = element.normalName();
        return name.equals("img") || name.equals("picture") || name.equals("video") || name.equals("amp-img");
    }

    static boolean isHeading(Element element) {
        return isHeading(element.normalName());
    }

    static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
