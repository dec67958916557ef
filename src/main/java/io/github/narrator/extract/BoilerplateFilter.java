package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Drops the blocks inside the article container that are not article text: link lists, captions,
 * the headline, labels and prompts ("Advertisement", "Listen to this article", "Sign up for our
 * newsletter"), date lines above the text, "More stories" lists, pull quotes that repeat the body,
 * and the author's contact line at the end.
 */
final class BoilerplateFilter {

    /** A whole block that is a label or a prompt, whatever the site. */
    private static final Pattern LABEL = Pattern.compile(
            "(advertisement|advert|ad|ads|sponsored( content)?|paid content|story continues( below( advertisement)?)?"
                    + "|continue reading( below| the main story)?|scroll (down )?to continue( reading)?"
                    + "|share( this)?( article| story| post| on \\w+)?|print( this)?( article| page)?|email|save"
                    + "|listen( to)?( this)?( article| story)?( \\d+ min(utes)?)?|this audio is created with ai assistance"
                    + "|(you|we) (may|might) (also )?like|recommended( for you| stories| articles)?|related"
                    + "( articles| stories| posts| content| coverage| links| reading)?|more (on|from|about) (this|the) \\w+"
                    + "|read more|read next|see also|also read|most (read|popular|viewed)|trending( now)?|top stories"
                    + "|tags?|topics|comments?|\\d+ comments?|leave a (comment|reply)|(show|view|load) comments"
                    + "|tell us what you think|(image|photo|slide) \\d+ of \\d+|next|previous|back to top"
                    + "|(sign up|subscribe)( now| here| today)?|log ?in|sign in|skip (to )?(main )?content|close"
                    + "|loading|(click|tap) (here )?to (play|watch|expand|enlarge)|(watch|play) video"
                    + "|follow( us)?|credit|photo|image|video|getty images|ap photo|reuters|afp|\\(ap\\))"
                    + "[\\s:.…!-]*",
            Pattern.CASE_INSENSITIVE);

    /** Starts of short blocks that point elsewhere ("Related: ...", "READ MORE: ..."). */
    private static final Pattern POINTER = Pattern.compile(
            "(related|read more|read next|more|see also|also read|also see|recommended|watch|listen|sponsored|"
                    + "advertisement|click here|tap here|trending|don't miss|must read|latest|previously|"
                    + "next|previous|also on \\w+|more from \\w+)\\s*(:|»|>|>>|\\|)\\s*.*",
            Pattern.CASE_INSENSITIVE);

    /** Calls to sign up, subscribe, download or donate: an imperative first, or a newsletter or inbox anywhere. */
    private static final Pattern PROMPT = Pattern.compile(
            "(?:(?:please |now |and )?(?:sign up|subscribe|register|join (?:us|now|today|our)|download (?:the|our)"
                    + "|get (?:the|our) (?:free )?(?:app|newsletter)|follow us|like us|donate|support (?:us|our|independent)"
                    + "|become a (?:member|subscriber|supporter)|click here|tap here|don't miss)\\b.*"
                    + "|.*\\b(?:newsletters?|your inbox|in your inbox)\\b.*)",
            Pattern.CASE_INSENSITIVE);

    /** The label over a list of links to other stories ("More Great Stories", "You may also like"). */
    private static final Pattern LIST_LABEL = Pattern.compile(
            "(more|related|recommended|further|popular|latest|top|trending|most|editors?'?s? picks?|don'?t miss"
                    + "|you (may|might)|read (more|next|these|also)|see (also|more)|what to read|in case you missed"
                    + "|elsewhere|around the web|from (the|our) \\w+)\\b[^.!?]{0,50}",
            Pattern.CASE_INSENSITIVE);

    /** A line that is only a date or time: "11.14.2019 09:00 AM", "Updated: Nov. 19, 2019 at 8:21 am ET". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "((updated|published|posted|first published|last updated|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|et|est|edt"
                    + "|pt|pst|pdt|ct|cst|gmt|utc|bst|cet|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january"
                    + "|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri"
                    + "|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,4})[\\s.,:/|-]*)+",
            Pattern.CASE_INSENSITIVE);

    /** A CMS shortcode the site failed to render: "[button link=...]Send us your review[/button]". */
    private static final Pattern SHORTCODE = Pattern.compile("\\[([a-z_-]+)\\b[^\\]]*\\].*\\[/\\1\\]",
            Pattern.CASE_INSENSITIVE);

    /** The author's contact line: "Email Jane at ...", "Follow him on Twitter @...", "Have a tip?". */
    private static final Pattern CONTACT = Pattern.compile(
            ".*(\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b|\\bon twitter\\b|(^|\\s)@\\w+|\\bhave a (news )?tip\\b).*",
            Pattern.CASE_INSENSITIVE);

    private BoilerplateFilter() {
    }

    /** Which of the filter's text patterns a block matches, as features of the block model. */
    static final class Patterns {

        private Patterns() {
        }

        static void mark(String text, float[] row) {
            int chars = text.length();
            row[BlockFeatures.Feature.LABEL.ordinal()] = chars < 100 && LABEL.matcher(text).matches() ? 1 : 0;
            row[BlockFeatures.Feature.POINTER.ordinal()] = chars < 120 && POINTER.matcher(text).matches() ? 1 : 0;
            row[BlockFeatures.Feature.PROMPT.ordinal()] = chars < 220 && PROMPT.matcher(text).matches()
                    || isShortcode(text) ? 1 : 0;
            row[BlockFeatures.Feature.DATE_LINE.ordinal()] = chars < 60 && DATE_LINE.matcher(text).matches() ? 1 : 0;
            row[BlockFeatures.Feature.CONTACT.ordinal()] = chars < 250 && CONTACT.matcher(text).matches()
                    && !TextRules.isQuotation(text) ? 1 : 0;
            row[BlockFeatures.Feature.LIST_LABEL.ordinal()] = chars < 60 && !TextRules.endsSentence(text)
                    && LIST_LABEL.matcher(text).matches() ? 1 : 0;
        }
    }

    static List<TextBlock> filter(List<TextBlock> blocks, @Nullable String title) {
        String titleKey = key(title);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (!isNotText(block, titleKey) && !(kept.isEmpty() && isDateLine(block))) {
                kept.add(block);
            }
        }
        tidy(kept);
        return kept;
    }

    /** A line that is only a date or time: not text when it comes before the article's first block. */
    static boolean isDateLine(TextBlock block) {
        return block.chars() < 60 && DATE_LINE.matcher(block.text).matches();
    }

    /**
     * Whatever the page around it, the block is not article text: the headline, a link list entry,
     * a caption, a label, a pointer to other stories, a prompt.
     *
     * @param titleKey the page title's {@link #key}
     */
    static boolean isNotText(TextBlock block, String titleKey) {
        return isNotText(block, titleKey, isLabelPointerOrPrompt(block.text));
    }

    /** @param patterned the block's text is a label, a pointer or a prompt (as {@link Patterns} marked it) */
    static boolean isNotText(TextBlock block, String titleKey, boolean patterned) {
        String key = block.key();
        return key.isEmpty() || block.tag.equals("h1") || key.equals(titleKey) || block.isLinkText()
                || block.isCaption() || patterned;
    }

    private static boolean isLabelPointerOrPrompt(String text) {
        int chars = text.length();
        return chars < 100 && LABEL.matcher(text).matches() || chars < 120 && POINTER.matcher(text).matches()
                || chars < 220 && PROMPT.matcher(text).matches() || isShortcode(text);
    }

    private static boolean isShortcode(String text) {
        return !text.isEmpty() && text.charAt(0) == '[' && SHORTCODE.matcher(text).matches();
    }

    /** Drops, from blocks kept, "More stories" lists, pull quotes that repeat the body, and trailing contact lines. */
    static void tidy(List<TextBlock> kept) {
        dropLinkLists(kept);
        dropRepeatedQuotes(kept);
        dropTrailing(kept);
    }

    /** A "More stories" label and the list of links under it. */
    private static void dropLinkLists(List<TextBlock> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            TextBlock label = blocks.get(i);
            if (label.chars() >= 60 || isListItem(label) || TextRules.endsSentence(label.text)
                    || !LIST_LABEL.matcher(label.text).matches() || !isLinkEntry(blocks.get(i + 1))) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && isLinkEntry(blocks.get(end))) {
                end++;
            }
            blocks.subList(i, end).clear();
            i--;
        }
    }

    /** A short list item or line with a link in it: an entry of a list of other stories. */
    private static boolean isLinkEntry(TextBlock block) {
        return block.linkChars > 0 && block.chars() < 200 && (isListItem(block) || block.linkDensity() > 0.3);
    }

    private static boolean isListItem(TextBlock block) {
        return block.listItem;
    }

    /** A pull quote repeats a sentence of the body in a blockquote or aside: keep the body's. */
    private static void dropRepeatedQuotes(List<TextBlock> blocks) {
        List<TextBlock> quotes = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (TextBlock block : blocks) {
            if (block.quoteLike) {
                quotes.add(block);
            } else {
                body.append(block.key()).append('|');
            }
        }
        if (quotes.isEmpty()) {
            return;
        }
        String bodyKeys = body.toString();
        for (TextBlock quote : quotes) {
            String needle = quote.key();
            if (needle.length() >= 20 && bodyKeys.contains(needle)) {
                blocks.remove(quote);
            }
        }
    }

    /**
     * Inside a blockquote, aside or figure, or an element named as a pull quote, a few levels up at most.
     *
     * @param hints an element's {@link ElementHints} flags (remembered per page by {@link PageModel})
     */
    static boolean isQuoteLike(@Nullable Element element, ToIntFunction<Element> hints) {
        int depth = 0;
        for (Element e = element; e != null && depth < 4; e = e.parent(), depth++) {
            String name = e.normalName();
            if (name.equals("blockquote") || name.equals("aside") || name.equals("figure")
                    || (hints.applyAsInt(e) & ElementHints.PULL_QUOTE) != 0) {
                return true;
            }
            if (name.equals("article") || name.equals("body")) {
                return false;
            }
        }
        return false;
    }

    /** The last blocks: contact lines, prompts and headings with nothing under them. */
    private static void dropTrailing(List<TextBlock> blocks) {
        while (!blocks.isEmpty()) {
            TextBlock last = blocks.get(blocks.size() - 1);
            boolean contact = last.chars() < 250 && CONTACT.matcher(last.text).matches()
                    && !TextRules.isQuotation(last.text);
            if (last.isHeading() || contact) {
                blocks.remove(blocks.size() - 1);
            } else {
                break;
            }
        }
    }

    /** Text compared without case, spacing or punctuation; null text is the empty key. */
    static String key(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
