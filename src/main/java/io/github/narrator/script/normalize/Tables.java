package io.github.narrator.script.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the word lists bundled next to this class: one entry a line, {@code #} starts a comment.
 * Keeping general knowledge (units, state names, titles) in data files keeps the grammar code short.
 */
final class Tables {

    private Tables() {
    }

    /** Lines of the form {@code key = value}, in file order. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int equals = line.indexOf(" = ");
            if (equals < 0) {
                throw new IllegalStateException(resource + ": expected 'key = value' but got: " + line);
            }
            pairs.put(line.substring(0, equals).strip(), line.substring(equals + 3).strip());
        }
        return pairs;
    }

    /** Every word of the file (entries may share a line, separated by white space). */
    static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.split("\\s+")) {
                words.add(word);
            }
        }
        return words;
    }

    /** An alternation that matches any of the keys, longest first, each quoted literally. */
    static String alternation(Iterable<String> keys) {
        List<String> sorted = new ArrayList<>();
        keys.forEach(sorted::add);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder regex = new StringBuilder("(?:");
        for (String key : sorted) {
            if (regex.length() > 3) {
                regex.append('|');
            }
            regex.append(Pattern.quote(key));
        }
        return regex.append(')').toString();
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled word list " + resource, e);
        }
        return lines;
    }
}
