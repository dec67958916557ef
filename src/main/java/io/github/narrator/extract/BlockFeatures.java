package io.github.narrator.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link BlockModel} sees of each text block: its text (length in characters and in words,
 * so that Chinese counts too; links, punctuation, stop words), its markup (tag, depth, what its
 * element and ancestors are named and tagged), where it sits (position in the page, distance from
 * the headline and from the longest paragraph), its neighbours, and what three independent judges
 * make of it: the {@link ContentLocator} with the {@link BoilerplateFilter}, a Readability-style
 * scorer, and the JSON-LD {@code articleBody}. On the way it marks the {@link ReadersComments}.
 *
 * <p>No feature names a site: class and id names enter only through the generic word lists of
 * {@link ElementHints}.
 */
final class BlockFeatures {

    /** The features, in the order of a row; a model file names them so that a stale one is refused. */
    enum Feature {
        LOG_CHARS, LOG_WORDS, CJK_SHARE, LINK_DENSITY, LOG_LINK_CHARS, ENDS_SENTENCE, SENTENCE_MARKS_PER_WORD,
        COMMAS_PER_WORD, STOP_WORD_SHARE, DIGIT_SHARE, UPPER_SHARE, MEAN_WORD_LENGTH, STARTS_AS_QUOTATION,
        LABEL, POINTER, PROMPT, DATE_LINE, CONTACT, LIST_LABEL, REPEATED_ON_PAGE, TITLE_LIKE,
        TAG_P, TAG_LI, TAG_H1, TAG_HEADING, TAG_DIV, TAG_TABLE, TAG_BLOCKQUOTE, TAG_PRE, TAG_DL, TAG_SECTION,
        TAG_FIGCAPTION, TAG_OTHER, LIST_ITEM, QUOTE_LIKE, CAPTION, DEPTH,
        UP_CLUTTER_NAME, UP_WEAK_NAME, UP_CONTENT_NAME, UP_STRONG_NAME, UP_MAYBE_NAME, UP_CLUTTER_TAG,
        UP_ARTICLE, UP_MAIN, UP_NAV, UP_FOOTER, UP_HEADER, UP_ASIDE, UP_FORM, UP_LIST, UP_TABLE, UP_LINK,
        RELATIVE_INDEX, RELATIVE_CHARS_BEFORE, HAS_HEADLINE, AFTER_HEADLINE, AFTER_OTHER_H1, OTHER_ARTICLE, HEADLINE_ARTICLE,
        IN_CONTAINER, CONTAINER_KEEPS, FILTER_KEEPS, PROSE_SHARE, CONTAINER_SHARE,
        READABILITY_IN_TOP, READABILITY_SHARE, BEST_INDEX_DISTANCE, BEST_TREE_DISTANCE,
        HAS_JSON_LD, JSON_LD_SHARE, JSON_LD_HOLDS_TEXT,
        PARENT_LOG_CHARS, PARENT_LINK_DENSITY, PARENT_LOG_BLOCKS, PARENT_P_SHARE,
        GRANDPARENT_LOG_CHARS, GRANDPARENT_LINK_DENSITY, GRANDPARENT_P_SHARE,
        PREV_LOG_CHARS, PREV_LINK_DENSITY, PREV_FILTER_KEEPS, PREV_TAG_P, PREV_ENDS_SENTENCE,
        NEXT_LOG_CHARS, NEXT_LINK_DENSITY, NEXT_FILTER_KEEPS, NEXT_TAG_P, NEXT_ENDS_SENTENCE,
        WINDOW_LINK_DENSITY, WINDOW_FILTER_KEEPS, WINDOW_TAG_P, WINDOW_LOG_CHARS
    }

    static final Feature[] FEATURES = Feature.values();
    static final int COUNT = FEATURES.length;

    /** Distance given to an ancestor that is not there; ancestors further than this are not looked for. */
    private static final int FAR = 16;
    private static final int WINDOW = 3;

    /** Short, frequent words of the languages the dev corpora hold most: a sign of running prose. */
    private static final Set<String> STOP_WORDS = Set.of((
            "the a an and or of to in on for with is are was were be been that this it as at by from have has "
            + "had not but he she they we you i his her their its will would said which who der die das und "
            + "oder ist sind war ein eine einen dem den des zu mit auf für von im nicht sich auch es sie er "
            + "wir ich dass wie bei nach aus noch wird werden hat haben aber als so le la les un une du de et "
            + "ou est sont dans pour avec sur par pas que qui il elle ils nous vous ce cette au aux été plus "
            + "mais se son sa ses el los las una y o del en para con por no su sus al lo como más pero fue ha "
            + "di da che è della dei si anche het een van op te dat niet met voor zijn ook maar w z na do się "
            + "nie jest że jak od po za dla ale co przez tak czy").split(" "));

    /**
     * What the heuristic judges said: the {@link ContentLocator}'s container (null when it found no
     * prose), which blocks it keeps, which of those the {@link BoilerplateFilter} and the JSON-LD check
     * keep (by block index), and the container's share of the page's text.
     */
    record Judgement(@Nullable Element container, boolean[] containerKeeps, boolean[] filterKeeps,
                     double containerShare) {
    }

    /** Totals of the blocks under one element. */
    private static final class Totals {
        int chars;
        int linkChars;
        int blocks;
        int paragraphs;
        double readability;
    }

    private final PageModel page;
    private final List<TextBlock> blocks;
    private final Map<Element, Totals> totals = new IdentityHashMap<>();
    /** Elements in the order first met, so that a tie for the Readability top goes the same way every run. */
    private final List<Element> totalled = new java.util.ArrayList<>();
    private final Map<Element, Integer> depths = new IdentityHashMap<>();
    /** Per block, the nearest element named as comments that {@link ReadersComments} looks at; null when none. */
    private final @Nullable Element[] commentNamed;

    private BlockFeatures(PageModel page) {
        this.page = page;
        this.blocks = page.blocks;
        this.commentNamed = new Element[blocks.size()];
    }

    /**
     * One row of {@link #COUNT} values per block of the page.
     *
     * @param reference the JSON-LD body as shingles; null when the page has none
     * @param referenceKey the JSON-LD body as a {@link BoilerplateFilter#key}; null when the page has none
     * @param title the page's title from its metadata; null when it has none
     */
    static float[][] of(PageModel page, Judgement judgement, @Nullable Shingles reference,
                        @Nullable String referenceKey, @Nullable String title) {
        return new BlockFeatures(page).rows(judgement, reference, referenceKey, BoilerplateFilter.key(title));
    }

    private float[][] rows(Judgement judgement, @Nullable Shingles reference, @Nullable String referenceKey,
                           String titleKey) {
        int count = blocks.size();
        float[][] rows = new float[count][COUNT];
        if (count == 0) {
            return rows;
        }
        addUp();
        Element readabilityTop = readabilityTop();
        double topScore = readabilityTop == null ? 0 : finalReadability(readabilityTop);
        TextBlock best = longestProse();
        Map<Element, Integer> bestAncestors = ancestorsOf(best == null ? null : best.owner);
        Map<String, Integer> repeats = new HashMap<>();
        String[] keys = new String[count];
        long totalChars = 0;
        for (TextBlock block : blocks) {
            keys[block.index] = block.key();
            repeats.merge(keys[block.index], 1, Integer::sum);
            totalChars += block.chars();
        }
        long charsBefore = 0;
        int otherHeadlines = 0;
        Element headlineArticle = page.headline < 0 ? null : nearestArticle(blocks.get(page.headline).owner);
        for (TextBlock block : blocks) {
            float[] row = rows[block.index];
            int i = block.index;
            textFeatures(block, row);
            set(row, Feature.REPEATED_ON_PAGE, keys[i].length() >= 4 && repeats.get(keys[i]) > 1);
            set(row, Feature.TITLE_LIKE, !titleKey.isEmpty() && keys[i].length() >= 10
                    && (titleKey.contains(keys[i]) || keys[i].contains(titleKey)));
            markupFeatures(block, row);
            row[Feature.RELATIVE_INDEX.ordinal()] = (float) i / count;
            row[Feature.RELATIVE_CHARS_BEFORE.ordinal()] = totalChars == 0 ? 0 : (float) charsBefore / totalChars;
            charsBefore += block.chars();
            set(row, Feature.HAS_HEADLINE, page.headline >= 0);
            // a page that appends the next story: its headline is another h1 after this page's
            if (page.headline >= 0 && i > page.headline && block.tag.equals("h1") && block.chars() >= 15) {
                otherHeadlines++;
            }
            row[Feature.AFTER_OTHER_H1.ordinal()] = Math.min(otherHeadlines, 3);
            // another <article> than the headline's: a teaser card (1 before the headline), or the next
            // story appended (2 after it)
            Element article = nearestArticle(block.owner);
            boolean other = headlineArticle != null && article != null && article != headlineArticle;
            row[Feature.OTHER_ARTICLE.ordinal()] = other ? i < page.headline ? 1 : 2 : 0;
            set(row, Feature.HEADLINE_ARTICLE, headlineArticle != null && article == headlineArticle);
            row[Feature.AFTER_HEADLINE.ordinal()] = page.headline < 0 ? 0 : Math.max(-100, Math.min(100, i - page.headline));
            set(row, Feature.IN_CONTAINER, judgement.container() != null && isInside(block.owner, judgement.container()));
            set(row, Feature.CONTAINER_KEEPS, judgement.containerKeeps()[i]);
            set(row, Feature.FILTER_KEEPS, judgement.filterKeeps()[i]);
            row[Feature.PROSE_SHARE.ordinal()] = block.chars() == 0 ? 0 : (float) (ContentLocator.prose(block) / block.chars());
            row[Feature.CONTAINER_SHARE.ordinal()] = (float) judgement.containerShare();
            set(row, Feature.READABILITY_IN_TOP, readabilityTop != null && isInside(block.owner, readabilityTop));
            row[Feature.READABILITY_SHARE.ordinal()] = topScore <= 0 ? 0 : (float) (bestAncestorReadability(block) / topScore);
            row[Feature.BEST_INDEX_DISTANCE.ordinal()] = best == null ? 0 : (float) (i - best.index) / count;
            row[Feature.BEST_TREE_DISTANCE.ordinal()] = treeDistance(block.owner, bestAncestors);
            set(row, Feature.HAS_JSON_LD, reference != null);
            row[Feature.JSON_LD_SHARE.ordinal()] = reference == null ? -1 : (float) reference.contains(block);
            set(row, Feature.JSON_LD_HOLDS_TEXT, referenceKey != null && keys[i].length() >= 8
                    && keys[i].length() <= 400 && referenceKey.contains(keys[i]));
            parentFeatures(block, row);
        }
        for (TextBlock block : blocks) {
            neighbourFeatures(block.index, rows);
        }
        ReadersComments.mark(page, commentNamed, judgement.filterKeeps());
        return rows;
    }

    private static void set(float[] row, Feature feature, boolean value) {
        row[feature.ordinal()] = value ? 1 : 0;
    }

    private static float log(double value) {
        return (float) Math.log1p(Math.max(0, value));
    }

    // ---- the text ----

    private static void textFeatures(TextBlock block, float[] row) {
        String text = block.text;
        int letters = 0;
        int upper = 0;
        int digits = 0;
        int cjk = 0;
        int marks = 0;
        int commas = 0;
        int words = 0;
        int wordChars = 0;
        int stop = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean ideograph = TextRules.isCjk(c);
            boolean wordChar = !ideograph && Character.isLetterOrDigit(c);
            if (ideograph) {
                cjk++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
            switch (c) {
                case '.', '!', '?', '。', '！', '？' -> marks++;
                case ',', ';', '，', '、', '；' -> commas++;
                default -> {
                }
            }
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words++;
                wordChars += i - start;
                if (i - start <= 6 && STOP_WORDS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                    stop++;
                }
                start = -1;
            }
        }
        int chars = text.length();
        double allWords = words + cjk / 2.0;
        row[Feature.LOG_CHARS.ordinal()] = log(chars);
        row[Feature.LOG_WORDS.ordinal()] = log(allWords);
        row[Feature.CJK_SHARE.ordinal()] = letters == 0 ? 0 : (float) cjk / letters;
        row[Feature.LINK_DENSITY.ordinal()] = (float) block.linkDensity();
        row[Feature.LOG_LINK_CHARS.ordinal()] = log(block.linkChars);
        set(row, Feature.ENDS_SENTENCE, TextRules.endsSentence(text));
        row[Feature.SENTENCE_MARKS_PER_WORD.ordinal()] = allWords == 0 ? 0 : (float) (marks / allWords);
        row[Feature.COMMAS_PER_WORD.ordinal()] = allWords == 0 ? 0 : (float) (commas / allWords);
        row[Feature.STOP_WORD_SHARE.ordinal()] = words == 0 ? 0 : (float) stop / words;
        row[Feature.DIGIT_SHARE.ordinal()] = chars == 0 ? 0 : (float) digits / chars;
        row[Feature.UPPER_SHARE.ordinal()] = letters == 0 ? 0 : (float) upper / letters;
        row[Feature.MEAN_WORD_LENGTH.ordinal()] = words == 0 ? 0 : (float) wordChars / words;
        set(row, Feature.STARTS_AS_QUOTATION, TextRules.isQuotation(text));
        BoilerplateFilter.Patterns.mark(text, row);
    }

    // ---- the markup ----

    private void markupFeatures(TextBlock block, float[] row) {
        Feature tag = switch (block.tag) {
            case "p" -> Feature.TAG_P;
            case "li" -> Feature.TAG_LI;
            case "h1" -> Feature.TAG_H1;
            case "h2", "h3", "h4", "h5", "h6" -> Feature.TAG_HEADING;
            case "div" -> Feature.TAG_DIV;
            case "table", "tr", "tbody", "thead", "tfoot" -> Feature.TAG_TABLE;
            case "blockquote" -> Feature.TAG_BLOCKQUOTE;
            case "pre" -> Feature.TAG_PRE;
            case "dl", "dd", "dt" -> Feature.TAG_DL;
            case "section", "article", "main", "body" -> Feature.TAG_SECTION;
            case "figcaption", "figure", "caption" -> Feature.TAG_FIGCAPTION;
            default -> Feature.TAG_OTHER;
        };
        row[tag.ordinal()] = 1;
        set(row, Feature.LIST_ITEM, block.listItem);
        set(row, Feature.QUOTE_LIKE, block.quoteLike);
        set(row, Feature.CAPTION, block.isCaption());
        row[Feature.DEPTH.ordinal()] = depth(block.owner);
        int[] up = new int[COUNT];
        java.util.Arrays.fill(up, FAR);
        int distance = 0;
        for (Element e = block.owner; e != null && distance < FAR; e = e.parent(), distance++) {
            int flags = page.flags(e);
            nearest(up, Feature.UP_CLUTTER_NAME, (flags & PageModel.CLUTTER) != 0, distance);
            nearest(up, Feature.UP_WEAK_NAME, (flags & PageModel.WEAK_CLUTTER) != 0, distance);
            nearest(up, Feature.UP_CONTENT_NAME, (flags & PageModel.CONTENT) != 0, distance);
            nearest(up, Feature.UP_STRONG_NAME, (flags & PageModel.STRONG_CONTENT) != 0, distance);
            nearest(up, Feature.UP_MAYBE_NAME, (flags & PageModel.MAYBE_CLUTTER) != 0, distance);
            nearest(up, Feature.UP_CLUTTER_TAG, (flags & PageModel.CLUTTER_TAG) != 0, distance);
            String name = e.normalName();
            nearest(up, Feature.UP_ARTICLE, name.equals("article"), distance);
            nearest(up, Feature.UP_MAIN, name.equals("main") || "main".equals(e.attr("role")), distance);
            nearest(up, Feature.UP_NAV, name.equals("nav"), distance);
            nearest(up, Feature.UP_FOOTER, name.equals("footer"), distance);
            nearest(up, Feature.UP_HEADER, name.equals("header"), distance);
            nearest(up, Feature.UP_ASIDE, name.equals("aside"), distance);
            nearest(up, Feature.UP_FORM, name.equals("form"), distance);
            nearest(up, Feature.UP_LIST, name.equals("ul") || name.equals("ol"), distance);
            nearest(up, Feature.UP_TABLE, name.equals("table"), distance);
            nearest(up, Feature.UP_LINK, name.equals("a"), distance);
            // noted on this walk, which the page makes anyway, rather than on one of its own
            if (distance <= ReadersComments.LEVELS && commentNamed[block.index] == null
                    && (flags & ElementHints.COMMENTS) != 0) {
                commentNamed[block.index] = e;
            }
            if (e == page.root) {
                break;
            }
        }
        for (Feature feature = Feature.UP_CLUTTER_NAME; ; feature = FEATURES[feature.ordinal() + 1]) {
            row[feature.ordinal()] = up[feature.ordinal()];
            if (feature == Feature.UP_LINK) {
                break;
            }
        }
    }

    private static void nearest(int[] up, Feature feature, boolean holds, int distance) {
        if (holds && up[feature.ordinal()] == FAR) {
            up[feature.ordinal()] = distance;
        }
    }

    /** The nearest {@code <article>} around the element, below the page root; null when there is none. */
    private @Nullable Element nearestArticle(@Nullable Element element) {
        for (Element e = element; e != null && e != page.root; e = e.parent()) {
            if (e.normalName().equals("article")) {
                return e;
            }
        }
        return null;
    }

    private int depth(@Nullable Element element) {
        if (element == null || element == page.root) {
            return 0;
        }
        Integer known = depths.get(element);
        if (known != null) {
            return known;
        }
        int depth = depth(element.parent()) + 1;
        depths.put(element, depth);
        return depth;
    }

    private static boolean isInside(@Nullable Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    // ---- totals per element and the Readability-style score ----

    /** Adds every block's length, links and Readability-style score to the elements above it. */
    private void addUp() {
        for (TextBlock block : blocks) {
            boolean paragraph = block.tag.equals("p");
            double score = readabilityScore(block);
            int level = -1;
            for (Element e = block.owner; e != null; e = e.parent(), level++) {
                Totals t = totals.get(e);
                if (t == null) {
                    t = new Totals();
                    totals.put(e, t);
                    totalled.add(e);
                }
                t.chars += block.chars();
                t.linkChars += block.linkChars;
                t.blocks++;
                t.paragraphs += paragraph ? 1 : 0;
                if (level >= 0 && level < 5) {
                    t.readability += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                }
                if (e == page.root) {
                    break;
                }
            }
        }
    }

    /** Readability's paragraph score: one, plus one per comma, plus one per hundred characters up to three. */
    private static double readabilityScore(TextBlock block) {
        if (block.chars() < 25 || block.isHeading() || block.isLinkText()) {
            return 0;
        }
        int commas = 0;
        for (int i = 0; i < block.text.length(); i++) {
            char c = block.text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return 1 + commas + Math.min(block.chars() / 100, 3);
    }

    private double finalReadability(Element element) {
        Totals t = totals.get(element);
        if (t == null || t.readability == 0) {
            return 0;
        }
        double score = t.readability;
        switch (element.normalName()) {
            case "div" -> score += 5;
            case "pre", "td", "blockquote" -> score += 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> score -= 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> score -= 5;
            default -> {
            }
        }
        int flags = page.flags(element);
        if ((flags & (PageModel.CONTENT | PageModel.STRONG_CONTENT)) != 0) {
            score += 25;
        }
        if ((flags & (PageModel.CLUTTER | PageModel.WEAK_CLUTTER)) != 0) {
            score -= 25;
        }
        double linkDensity = t.chars == 0 ? 0 : (double) t.linkChars / t.chars;
        return score * (1 - linkDensity);
    }

    /** The element Readability would pick; null when no element scores above zero. */
    private @Nullable Element readabilityTop() {
        Element top = null;
        double best = 0;
        for (Element element : totalled) {
            if (totals.get(element).readability > 0) {
                double score = finalReadability(element);
                if (score > best) {
                    best = score;
                    top = element;
                }
            }
        }
        return top;
    }

    private double bestAncestorReadability(TextBlock block) {
        double best = 0;
        int level = 0;
        for (Element e = block.owner.parent(); e != null && level < 5; e = e.parent(), level++) {
            best = Math.max(best, finalReadability(e));
            if (e == page.root) {
                break;
            }
        }
        return best;
    }

    // ---- the longest paragraph ----

    /** The block with the most prose; null when no block has any. */
    private @Nullable TextBlock longestProse() {
        TextBlock best = null;
        double most = 0;
        for (TextBlock block : blocks) {
            double prose = ContentLocator.prose(block);
            if (prose > most) {
                most = prose;
                best = block;
            }
        }
        return best;
    }

    private Map<Element, Integer> ancestorsOf(@Nullable Element element) {
        Map<Element, Integer> ancestors = new IdentityHashMap<>();
        int level = 0;
        for (Element e = element; e != null; e = e.parent(), level++) {
            ancestors.put(e, level);
            if (e == page.root) {
                break;
            }
        }
        return ancestors;
    }

    /** Levels up from the element, and from the longest paragraph, to where the two meet. */
    private static float treeDistance(@Nullable Element element, Map<Element, Integer> bestAncestors) {
        if (bestAncestors.isEmpty()) {
            return 2 * FAR;
        }
        int level = 0;
        for (Element e = element; e != null; e = e.parent(), level++) {
            Integer other = bestAncestors.get(e);
            if (other != null) {
                return Math.min(2 * FAR, level + other);
            }
        }
        return 2 * FAR;
    }

    // ---- parents and neighbours ----

    private void parentFeatures(TextBlock block, float[] row) {
        Element parent = block.owner == page.root ? null : block.owner.parent();
        Totals p = parent == null ? null : totals.get(parent);
        if (p != null) {
            row[Feature.PARENT_LOG_CHARS.ordinal()] = log(p.chars);
            row[Feature.PARENT_LINK_DENSITY.ordinal()] = p.chars == 0 ? 0 : (float) p.linkChars / p.chars;
            row[Feature.PARENT_LOG_BLOCKS.ordinal()] = log(p.blocks);
            row[Feature.PARENT_P_SHARE.ordinal()] = (float) p.paragraphs / p.blocks;
        }
        Element grandparent = parent == null || parent == page.root ? null : parent.parent();
        Totals g = grandparent == null ? null : totals.get(grandparent);
        if (g != null) {
            row[Feature.GRANDPARENT_LOG_CHARS.ordinal()] = log(g.chars);
            row[Feature.GRANDPARENT_LINK_DENSITY.ordinal()] = g.chars == 0 ? 0 : (float) g.linkChars / g.chars;
            row[Feature.GRANDPARENT_P_SHARE.ordinal()] = (float) g.paragraphs / g.blocks;
        }
    }

    private static void neighbourFeatures(int i, float[][] rows) {
        float[] row = rows[i];
        if (i > 0) {
            copyNeighbour(rows[i - 1], row, Feature.PREV_LOG_CHARS, Feature.PREV_LINK_DENSITY, Feature.PREV_FILTER_KEEPS,
                    Feature.PREV_TAG_P, Feature.PREV_ENDS_SENTENCE);
        }
        if (i + 1 < rows.length) {
            copyNeighbour(rows[i + 1], row, Feature.NEXT_LOG_CHARS, Feature.NEXT_LINK_DENSITY, Feature.NEXT_FILTER_KEEPS,
                    Feature.NEXT_TAG_P, Feature.NEXT_ENDS_SENTENCE);
        }
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(rows.length - 1, i + WINDOW);
        float links = 0;
        float keeps = 0;
        float paragraphs = 0;
        float chars = 0;
        for (int j = from; j <= to; j++) {
            links += rows[j][Feature.LINK_DENSITY.ordinal()];
            keeps += rows[j][Feature.FILTER_KEEPS.ordinal()];
            paragraphs += rows[j][Feature.TAG_P.ordinal()];
            chars += rows[j][Feature.LOG_CHARS.ordinal()];
        }
        int n = to - from + 1;
        row[Feature.WINDOW_LINK_DENSITY.ordinal()] = links / n;
        row[Feature.WINDOW_FILTER_KEEPS.ordinal()] = keeps / n;
        row[Feature.WINDOW_TAG_P.ordinal()] = paragraphs / n;
        row[Feature.WINDOW_LOG_CHARS.ordinal()] = chars / n;
    }

    private static void copyNeighbour(float[] from, float[] to, Feature chars, Feature links, Feature keeps,
                                      Feature paragraph, Feature sentence) {
        to[chars.ordinal()] = from[Feature.LOG_CHARS.ordinal()];
        to[links.ordinal()] = from[Feature.LINK_DENSITY.ordinal()];
        to[keeps.ordinal()] = from[Feature.FILTER_KEEPS.ordinal()];
        to[paragraph.ordinal()] = from[Feature.TAG_P.ordinal()];
        to[sentence.ordinal()] = from[Feature.ENDS_SENTENCE.ordinal()];
    }
}
