package io.github.narrator.fetch;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Tells binary data from text, whatever the Content-Type says: a server (or an attacker) may serve
 * an image, a PDF or random bytes as text/html, and decoded as windows-1252 those read as a page of
 * gibberish long enough to pass for an article.
 */
final class BinaryContent {

    /** How much of the page is looked at. */
    private static final int SAMPLE_CHARS = 16 * 1024;
    /** Text has next to no control characters; binary data decoded as text has about one in ten. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final String[][] SIGNATURES = {
        {"%PDF-", "a PDF document"}, {"\u0089PNG", "a PNG image"}, {"GIF8", "a GIF image"}, {"\u00ff\u00d8\u00ff", "a JPEG image"},
        {"PK\u0003\u0004", "a ZIP archive"}, {"\u001f\u008b", "gzip data"}, {"ID3", "MP3 audio"}, {"OggS", "Ogg audio"},
        {"RIFF", "a RIFF (WAV or WebP) file"}, {"\u007fELF", "a program"},
    };

    private BinaryContent() {
    }

    /** Why the page is not text; null when it is text. */
    static @Nullable String reason(FetchedPage page) {
        byte[] body = page.body();
        String start = new String(body, 0, Math.min(body.length, 8), StandardCharsets.ISO_8859_1);
        for (String[] signature : SIGNATURES) {
            if (start.startsWith(signature[0])) {
                return "not a web page: the body is " + signature[1] + " (served as " + page.contentType() + ")";
            }
        }
        String text = CharsetDetector.decode(java.util.Arrays.copyOf(body, Math.min(body.length, SAMPLE_CHARS * 2)), page.charset());
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        if (control >= 8 && control > sample * MAX_CONTROL_SHARE) {
            return String.format("not a web page: the body looks like binary data (%d control or undecodable characters in"
                    + " the first %d, read as %s)", control, sample, page.charset().name());
        }
        return null;
    }
}
