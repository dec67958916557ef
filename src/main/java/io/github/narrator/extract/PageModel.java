package io.github.narrator.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page cut into text blocks, with what each element's markup says about it, remembered per element.
 * One instance per page and per thread.
 */
final class PageModel {

    static final int CLUTTER = ElementHints.CLUTTER;
    static final int WEAK_CLUTTER = ElementHints.WEAK_CLUTTER;
    static final int CONTENT = ElementHints.CONTENT;
    static final int STRONG_CONTENT = ElementHints.STRONG_CONTENT;
    /** The tag or state says the element is not article text (aside, figcaption, hidden); a bit ElementHints leaves free. */
    static final int CLUTTER_TAG = 16;
    /** Named like a prompt that sometimes wraps article text (paywall, read-more): judged by its text. */
    static final int MAYBE_CLUTTER = ElementHints.MAYBE_CLUTTER;

    private static final Set<String> CLUTTER_TAGS = Set.of(
            "aside", "figcaption", "figure", "form", "menu", "dialog", "address", "fieldset",
            "legend", "caption");

    final Element root;
    final List<TextBlock> blocks;
    /** The index of the block that is the article's headline, or -1. */
    final int headline;
    private final Map<Element, Integer> flags = new IdentityHashMap<>();

    PageModel(Element root) {
        this(root, null);
    }

    /**
     * @param title the page's title from its metadata, to tell the headline from a logo in an h1; null when the
     *              metadata has none, and the first h1 is the headline
     */
    PageModel(Element root, @Nullable String title) {
        this.root = root;
        this.blocks = BlockReader.read(root);
        this.headline = headline(blocks, BoilerplateFilter.key(title));
        for (TextBlock block : blocks) {
            block.quoteLike = BoilerplateFilter.isQuoteLike(block.owner, this::flags);
        }
    }

    /** The h1 that carries the title, else the first h1. */
    private static int headline(List<TextBlock> blocks, String titleKey) {
        int first = -1;
        for (TextBlock block : blocks) {
            if (block.tag.equals("h1")) {
                String key = block.key();
                if (!titleKey.isEmpty() && key.length() >= 10 && (titleKey.contains(key) || key.contains(titleKey))) {
                    return block.index;
                }
                if (first < 0) {
                    first = block.index;
                }
            }
        }
        return first;
    }

    int flags(Element element) {
        Integer known = flags.get(element);
        if (known != null) {
            return known;
        }
        int result = 0;
        String tag = element.normalName();
        if (!tag.equals("body") && !tag.equals("html")) {
            result = ElementHints.of(element);
            if (tag.equals("nav") || tag.equals("footer")) {
                result |= CLUTTER;
            }
            if (CLUTTER_TAGS.contains(tag) || tag.equals("header") || isHidden(element)) {
                result |= CLUTTER_TAG;
            }
        }
        flags.put(element, result);
        return result;
    }

    private static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
