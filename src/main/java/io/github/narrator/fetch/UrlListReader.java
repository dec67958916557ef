package io.github.narrator.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a URL list: one URL or path a line; blank lines and lines starting with # are skipped. A line
 * that is no URL is kept as written, so that it alone fails.
 */
public final class UrlListReader {

    private UrlListReader() {
    }

    /** @param listUrl the list's own URL: relative entries resolve against it */
    public static List<String> urls(String text, String listUrl, int maxItems) {
        URI base = URI.create(listUrl);
        List<String> urls = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = lines.readLine()) != null && urls.size() < maxItems) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    // an absolute entry stays as written (a bad one then fails alone, with its reason)
                    urls.add(entry.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? entry : ListedLinks.resolve(base, entry));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return urls;
    }
}
