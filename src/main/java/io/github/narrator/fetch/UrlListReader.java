package io.github.narrator.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads a URL list: one URL or path a line; blank lines and lines starting with # are skipped. */
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
                    urls.add(entry.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? entry : base.resolve(entry.replace(" ", "%20")).toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return urls;
    }
}
