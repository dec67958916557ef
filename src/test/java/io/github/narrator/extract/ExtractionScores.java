package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two shared scorers re-implemented, so that cross-validation can score a fold without
 * writing files: {@code extraction_score.py} (4-word shingles of {@code \w+} tokens, precision
 * averaged over non-empty predictions, recall over pages, f1 their harmonic mean) and
 * {@code snippet_score.py} (a "with" segment found is a hit, a "without" segment found a leak,
 * after collapsing white space). {@code ExtractionScoresTest} checks them against the Python ones.
 */
final class ExtractionScores {

    private static final int N = 4;

    private ExtractionScores() {
    }

    /** One news page's shingle counts. */
    record NewsPage(String id, int tp, int fp, int fn) {

        Double precision() {
            return tp + fp == 0 ? null : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            int denominator = 2 * tp + fp + fn;
            return denominator == 0 ? 1 : 2.0 * tp / denominator;
        }

        boolean empty() {
            return tp + fp == 0;
        }
    }

    static NewsPage news(String id, String truth, String predicted) {
        Map<String, Integer> t = shingles(tokens(truth));
        Map<String, Integer> p = shingles(tokens(predicted));
        int tp = 0;
        int predictedCount = 0;
        int truthCount = 0;
        for (Map.Entry<String, Integer> entry : p.entrySet()) {
            tp += Math.min(entry.getValue(), t.getOrDefault(entry.getKey(), 0));
            predictedCount += entry.getValue();
        }
        for (int count : t.values()) {
            truthCount += count;
        }
        return new NewsPage(id, tp, predictedCount - tp, truthCount - tp);
    }

    /** The news summary as extraction_score.py prints it. */
    record NewsSummary(double f1, double precision, double recall, int pages, int empty, int low) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "f1=%.4f P=%.4f R=%.4f pages=%d empty=%d below0.5=%d", f1, precision,
                    recall, pages, empty, low);
        }
    }

    static NewsSummary summarise(List<NewsPage> pages) {
        double precision = 0;
        int precise = 0;
        double recall = 0;
        int empty = 0;
        int low = 0;
        for (NewsPage page : pages) {
            if (page.precision() != null) {
                precision += page.precision();
                precise++;
            }
            recall += page.recall();
            empty += page.empty() ? 1 : 0;
            low += page.f1() < 0.5 ? 1 : 0;
        }
        double p = precise == 0 ? 0 : precision / precise;
        double r = pages.isEmpty() ? 0 : recall / pages.size();
        return new NewsSummary(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, pages.size(), empty, low);
    }

    /** One snippet page's counts. */
    record SnippetPage(String id, int hits, int misses, int leaks, boolean empty, List<String> missed, List<String> leaked) {
    }

    static SnippetPage snippets(String id, List<String> with, List<String> without, String predicted) {
        String text = normalise(predicted);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        for (String segment : with) {
            if (!text.contains(normalise(segment))) {
                missed.add(segment);
            }
        }
        for (String segment : without) {
            if (text.contains(normalise(segment))) {
                leaked.add(segment);
            }
        }
        return new SnippetPage(id, with.size() - missed.size(), missed.size(), leaked.size(), text.isEmpty(), missed, leaked);
    }

    record SnippetSummary(double f1, double precision, double recall, int pages, int empty) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "f1=%.4f P=%.4f R=%.4f pages=%d empty=%d", f1, precision, recall, pages, empty);
        }
    }

    static SnippetSummary summariseSnippets(List<SnippetPage> pages) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int empty = 0;
        for (SnippetPage page : pages) {
            tp += page.hits();
            fp += page.leaks();
            fn += page.misses();
            empty += page.empty() ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        return new SnippetSummary(f1, p, r, pages.size(), empty);
    }

    /** Python's {@code re.sub(r"\s+", " ", text).strip()}. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python's {@code re.findall(r"\w+", text)}: runs of letters, digits (of any kind) and underscores. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        return tokens;
    }

    private static boolean isWordChar(int c) {
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(String.join("\u0001", tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join("\u0001", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }
}
