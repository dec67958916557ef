package io.github.narrator.cli;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.script.normalize.Lexicon;
import io.github.narrator.script.normalize.Normalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code narrator normalize}: what the narrator says for each line of text. Reads stdin and writes one
 * spoken line per written line; with {@code --tsv} reads a test file (id, category, written, spoken)
 * and prints {@code id<TAB>spoken} predictions for the normalisation scorer.
 */
@Command(name = "normalize",
        mixinStandardHelpOptions = true,
        description = {
            "Prints what the narrator says for text: reads lines on stdin and writes each line's spoken form "
                    + "(one line out per line in, same order, UTF-8), the pronunciation lexicon's respellings included.",
            "With --tsv FILE, reads a tab-separated test file (id, category, written, spoken; header line) and "
                    + "prints 'id<TAB>spoken' predictions, the normalisation scorer's input."})
public class NormalizeCommand implements Callable<Integer> {

    @Option(names = "--tsv", paramLabel = "FILE", description = "Test cases to normalise (id, category, written, spoken).")
    @Nullable Path tsv;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "The pronunciation lexicon whose respellings are applied (default: the setting narrator.lexicon,"
                    + " as the pipeline does).")
    @Nullable Path lexicon;

    @Option(names = "--no-lexicon", description = "Apply no lexicon: the plain normalised text.")
    boolean noLexicon;

    @Mixin
    ConfigOptions options;

    /** Where lines are read from and spoken lines written to (the console; tests swap them). */
    InputStream input = System.in;
    OutputStream output = System.out;

    @Override
    public Integer call() throws IOException {
        if (noLexicon && lexicon != null) {
            throw new IllegalArgumentException("--lexicon and --no-lexicon exclude each other");
        }
        NarratorConfig config = options.load(settings ->
                lexicon == null ? settings : settings.with("narrator.lexicon", lexicon.toString(), "--lexicon"));
        Normalizer normalizer = new Normalizer(noLexicon ? Lexicon.empty() : config.scriptSettings().lexicon());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), false);
        if (tsv != null) {
            predict(normalizer, Files.readAllLines(tsv, StandardCharsets.UTF_8), out);
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.print(normalizer.spoken(line));
                out.print('\n');
                out.flush();
            }
        }
        out.flush();
        return 0;
    }

    private void predict(Normalizer normalizer, List<String> lines, PrintWriter out) {
        out.print("id\tspoken\n");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("id\t"))) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 3) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1)
                        + ": expected id, category and written text separated by tabs");
            }
            out.print(columns[0] + "\t" + normalizer.spoken(columns[2]) + "\n");
        }
    }
}
