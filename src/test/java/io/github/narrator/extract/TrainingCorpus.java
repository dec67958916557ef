package io.github.narrator.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two dev corpora as the block model learns from them: every page read and analysed as the
 * product reads it, each block labelled, each page grouped by site for cross-validation.
 *
 * <p>Labels. News benchmark: a block is article text when at least half of its 4-word shingles are
 * in the page's ground truth (a block of one to three words: when its words appear together in it).
 * Snippet corpus: a block holding a "with" segment is article text, one holding a "without" segment
 * is not; a block holding both, or neither, is not labelled.
 */
final class TrainingCorpus {

    enum Kind { NEWS, SNIPPETS }

    /**
     * One page. {@code labels[i]} is 1, 0 or NaN (not labelled) for block i; {@code analysis} is null
     * when the page could not be read or analysed (its prediction is then empty).
     */
    record Page(String id, Kind kind, String url, String group, PageAnalysis analysis, float[] labels,
                String truth, int truthShingles, List<String> with, List<String> without) {
    }

    private TrainingCorpus() {
    }

    /** Both corpora under {@code shared/data/extraction}: {@code dev} and {@code snippets-dev}. */
    static List<Page> load(Path extraction) throws IOException {
        // no model yet: analysing a page asks none, and the shipped one may be stale when features change
        ArticleExtractor extractor = new ArticleExtractor(NarratorConfig.defaults().extractorSettings().forBenchmark(), null);
        PageFetcher fetcher = new PageFetcher(NarratorConfig.defaults().fetchSettings());
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        Path news = extraction.resolve("dev");
        JsonNode truth = json.readTree(news.resolve("ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String body = entry.getValue().path("articleBody").asText("");
            String url = entry.getValue().path("url").asText("");
            PageAnalysis analysis = analyse(extractor, fetcher, news.resolve("html").resolve(id + ".html.gz"));
            float[] labels = analysis == null ? new float[0] : newsLabels(analysis, body);
            int shingles = ExtractionScores.shingles(ExtractionScores.tokens(body)).values().stream().mapToInt(i -> i).sum();
            pages.add(new Page(id, Kind.NEWS, url, group(url, id), analysis, labels, body, shingles, List.of(), List.of()));
        }
        Path snippets = extraction.resolve("snippets-dev");
        JsonNode segments = json.readTree(snippets.resolve("snippets.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = segments.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            String url = entry.getValue().path("url").asText("");
            List<String> with = strings(entry.getValue().path("with"));
            List<String> without = strings(entry.getValue().path("without"));
            PageAnalysis analysis = analyse(extractor, fetcher, snippets.resolve("html").resolve(id + ".html.gz"));
            float[] labels = analysis == null ? new float[0] : snippetLabels(analysis, with, without);
            pages.add(new Page(id, Kind.SNIPPETS, url, group(url, id), analysis, labels, null, 0, with, without));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    /** Read as {@code extract --dir} reads it; analysed, then let go of its DOM. */
    private static PageAnalysis analyse(ArticleExtractor extractor, PageFetcher fetcher, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            FetchedPage page = fetcher.fetch(absolute.toUri().toString(), SourcePolicy.localFiles(absolute.getParent()),
                    Validators.NONE).orElseThrow();
            return extractor.analyse(page.html(), page.finalUrl()).detached();
        } catch (FetchException | ExtractionException e) {
            System.err.println("unreadable page " + file.getFileName() + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * The site a page belongs to: its host without "www.", the archived page's host for a
     * web.archive.org copy, or the page itself when it has no URL.
     */
    static String group(String url, String id) {
        String address = url;
        int archived = address.indexOf("://", address.indexOf("web.archive.org/") + 1);
        if (address.contains("web.archive.org/") && archived > 0) {
            address = address.substring(address.lastIndexOf("http", archived));
        }
        try {
            String host = URI.create(address.strip().replace(" ", "%20")).getHost();
            if (host != null && !host.isEmpty()) {
                host = host.toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // an unparsable URL: the page is its own site
        }
        return "page:" + id;
    }

    static float[] newsLabels(PageAnalysis analysis, String truth) {
        List<String> truthTokens = ExtractionScores.tokens(truth);
        Set<String> truthShingles = new HashSet<>(ExtractionScores.shingles(truthTokens).keySet());
        String joined = "\u0001" + String.join("\u0001", truthTokens) + "\u0001";
        float[] labels = new float[analysis.blocks().size()];
        for (TextBlock block : analysis.blocks()) {
            List<String> tokens = ExtractionScores.tokens(block.text);
            if (tokens.isEmpty()) {
                labels[block.index] = 0;
            } else if (tokens.size() < 4) {
                labels[block.index] = joined.contains("\u0001" + String.join("\u0001", tokens) + "\u0001") ? 1 : 0;
            } else {
                Map<String, Integer> own = ExtractionScores.shingles(tokens);
                int hits = 0;
                int all = 0;
                for (Map.Entry<String, Integer> entry : own.entrySet()) {
                    all += entry.getValue();
                    hits += truthShingles.contains(entry.getKey()) ? entry.getValue() : 0;
                }
                labels[block.index] = hits * 2 >= all ? 1 : 0;
            }
        }
        return labels;
    }

    static float[] snippetLabels(PageAnalysis analysis, List<String> with, List<String> without) {
        List<TextBlock> blocks = analysis.blocks();
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[blocks.size()];
        int[] ends = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            starts[i] = joined.length();
            joined.append(ExtractionScores.normalise(blocks.get(i).text));
            ends[i] = joined.length();
        }
        String text = joined.toString();
        boolean[] positive = new boolean[blocks.size()];
        boolean[] negative = new boolean[blocks.size()];
        for (String segment : with) {
            List<Integer> at = occurrences(text, ExtractionScores.normalise(segment));
            if (at.size() == 1) {
                mark(positive, starts, ends, at.get(0), ExtractionScores.normalise(segment).length());
            }
        }
        for (String segment : without) {
            String needle = ExtractionScores.normalise(segment);
            for (int start : occurrences(text, needle)) {
                mark(negative, starts, ends, start, needle.length());
            }
        }
        float[] labels = new float[blocks.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = positive[i] == negative[i] ? Float.NaN : positive[i] ? 1 : 0;
        }
        return labels;
    }

    private static List<Integer> occurrences(String text, String needle) {
        List<Integer> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static void mark(boolean[] marks, int[] starts, int[] ends, int from, int length) {
        int to = from + length;
        for (int i = 0; i < marks.length; i++) {
            if (starts[i] < to && ends[i] > from) {
                marks[i] = true;
            }
        }
    }

    /** Whether the shared corpora are where the trainer and the regression test look for them. */
    static boolean present(Path extraction) {
        return Files.isRegularFile(extraction.resolve("dev/ground-truth.json"))
                && Files.isRegularFile(extraction.resolve("snippets-dev/snippets.json"));
    }
}
