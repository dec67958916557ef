package io.github.narrator.script.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pronunciation lexicon: respellings the voice says in place of a written name
 * ({@code Kyiv = Keev}). Users edit it as a text file, one entry a line, {@code #} starting a
 * comment. Matching ignores case and applies to whole words; the transcript keeps the written form.
 */
public final class Lexicon {

    /** Where the copy bundled in the jar lives on the class path. */
    public static final String BUNDLED_RESOURCE = "/lexicon/en.txt";

    private final Map<String, String> respellings;

    private Lexicon(Map<String, String> respellings) {
        this.respellings = Collections.unmodifiableMap(respellings);
    }

    public static Lexicon empty() {
        return new Lexicon(new LinkedHashMap<>());
    }

    /** Reads a lexicon file; a malformed line is an error naming the file and line. */
    public static Lexicon load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pronunciation lexicon " + file, e);
        }
    }

    /** The lexicon bundled in the jar (a copy of the project's {@code lexicon/en.txt}). */
    public static Lexicon bundled() {
        InputStream in = Lexicon.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the bundled pronunciation lexicon " + BUNDLED_RESOURCE + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, "classpath:" + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled pronunciation lexicon", e);
        }
    }

    /** Parses lines of {@code written = respelling}. */
    public static Lexicon parse(Reader reader, String source) throws IOException {
        Map<String, String> respellings = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String written = equals < 0 ? "" : entry.substring(0, equals).strip();
            String spoken = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (written.isEmpty() || spoken.isEmpty()) {
                throw new IllegalArgumentException(source + ":" + number
                        + ": expected 'written = respelling' (e.g. 'Kyiv = Keev') but got: " + line.strip());
            }
            respellings.put(written, spoken);
        }
        return new Lexicon(respellings);
    }

    /** Written form → respelling, in file order. */
    public Map<String, String> entries() {
        return respellings;
    }

    public boolean isEmpty() {
        return respellings.isEmpty();
    }
}
