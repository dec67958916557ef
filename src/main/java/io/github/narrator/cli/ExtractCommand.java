package io.github.narrator.cli;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.extract.ExtractionBenchmark;
import io.github.narrator.extract.ExtractionException;
import io.github.narrator.extract.ExtractorSettings;
import io.github.narrator.extract.Section;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.files.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code narrator extract}: shows what Narrator would read aloud from a page, or runs the extraction benchmark. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = NarratorCommand.Version.class,
        description = {
            "Prints the article Narrator extracts from a saved page (a local .html or .html.gz file, or a file: URL).",
            "With --dir, extracts every <name>.html / <name>.html.gz of DIR to OUT/<name>.txt and prints pages per second;",
            "with --score TRUTH.json also the benchmark's f1, precision and recall.",
            "Pages on the web are fetched by 'narrator convert <url>' and 'narrator run', which extract them the same way."})
public class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<file>", description = "A saved page: a path or a file: URL.")
    @Nullable String input;

    @Option(names = "--json", description = "Print the article as JSON.")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Benchmark mode: extract every page of DIR to --out, in any language and of any length.")
    @Nullable Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where --dir writes <name>.txt files.")
    @Nullable Path out;

    @Option(names = "--warm-passes", paramLabel = "N", defaultValue = "5",
            description = "Timed passes after the first, in --dir mode (default: ${DEFAULT-VALUE}).")
    int warmPasses;

    @Option(names = "--score", paramLabel = "TRUTH.json",
            description = "With --dir: score OUT against this ground truth with the benchmark's scorer (needs python3).")
    @Nullable Path truth;

    @Option(names = "--scorer", paramLabel = "FILE", defaultValue = "../shared/tools/extraction_score.py",
            description = "The scorer --score runs (default: ${DEFAULT-VALUE}).")
    Path scorer;

    @Option(names = "--any-language", description = "Extract a page in any language instead of refusing it.")
    boolean anyLanguage;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws IOException {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NarratorConfig config = options.load();
        ExtractorSettings settings = config.extractorSettings();
        PageFetcher fetcher = new PageFetcher(config.fetchSettings());
        if (dir != null) {
            if (out == null || input != null) {
                err.println("extract --dir DIR needs --out DIR and no <file>");
                return 2;
            }
            ExtractionBenchmark benchmark = new ExtractionBenchmark(new ArticleExtractor(settings.forBenchmark()), fetcher);
            ExtractionBenchmark.Result result = benchmark.run(dir, out, warmPasses, refusal -> {
                outWriter.println("refused " + refusal);
                outWriter.flush();
            });
            outWriter.println(result);
            if (truth != null) {
                outWriter.println(ExtractionBenchmark.score(scorer, truth, out));
            }
            outWriter.flush();
            return 0;
        }
        if (input == null) {
            err.println("extract needs a <file> or --dir DIR --out DIR (see --help)");
            return 2;
        }
        Path file = localFile(input);
        if (file == null) {
            err.println("extract reads saved pages only (a path or a file: URL), not " + input
                    + "; 'narrator convert <url>' fetches and narrates a page from the web");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println(Files.isDirectory(file) ? file + " is a folder: use --dir " + file + " --out DIR"
                    : "no such file: " + file);
            return 2;
        }
        Article article;
        try {
            // the same reader as 'script' and the pipeline: size cap, gzip, charset from the page itself
            FetchedPage page = PageInput.fetch(file.toString(), config);
            article = new ArticleExtractor(anyLanguage ? settings.withAnyLanguage() : settings)
                    .extract(page.html(), page.finalUrl());
        } catch (ExtractionException | FetchException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        outWriter.print(json ? toJson(article) : toText(article));
        outWriter.flush();
        return 0;
    }

    /** The local path named by a path or a file: URL; null for any other URL. */
    static @Nullable Path localFile(String input) {
        if (input.startsWith("file:")) {
            return Path.of(URI.create(input));
        }
        if (input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            return null;
        }
        return Path.of(input);
    }

    static String toJson(Article article) throws IOException {
        return Json.MAPPER.writeValueAsString(article) + System.lineSeparator();
    }

    static String toText(Article article) {
        StringBuilder text = new StringBuilder();
        line(text, "Title", article.title());
        line(text, "By", article.byline());
        line(text, "Published", article.publishedAt());
        line(text, "Modified", article.modifiedAt());
        line(text, "Language", article.language());
        line(text, "Site", article.siteName());
        line(text, "URL", article.canonicalUrl());
        line(text, "Image", article.leadImageUrl());
        line(text, "Words", article.wordCount());
        for (Section section : article.sections()) {
            text.append(System.lineSeparator());
            if (section.heading() != null) {
                text.append("## ").append(section.heading()).append(System.lineSeparator()).append(System.lineSeparator());
            }
            for (String paragraph : section.paragraphs()) {
                text.append(paragraph).append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append(label).append(": ").append(value).append(System.lineSeparator());
        }
    }
}
