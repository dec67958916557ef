package io.github.narrator.serve;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * gzip for the text {@code narrator serve} sends: player pages, styles and scripts, feeds,
 * playlists, transcripts, chapters and metadata, when the client accepts it. Jetty's handler adds
 * {@code Vary: Accept-Encoding}, gives a compressed response its own ETag (suffix {@code --gzip}) and
 * still matches conditional requests against the file's. Audio and images are never compressed
 * (they are compressed already), so their byte ranges stay what players expect. A request with a
 * Range header gets the identity encoding, its ranges counted in the file's own bytes. Brotli is
 * left out: Java has no pure-Java encoder for it.
 */
final class Compression {

    /** Smaller bodies gain nothing worth the gzip header. */
    static final int MIN_BYTES = 256;
    /**
     * What is sent (see {@link io.github.narrator.files.MediaTypes#contentType}), and what Jetty guesses from the file name
     * before the response is made ({@code .xml}: application/xml): both must be listed.
     */
    static final String[] TEXT_TYPES = {"text/html", "text/css", "text/javascript", "application/javascript", "text/plain",
        "text/vtt", "application/rss+xml", "application/xml", "text/xml", "application/json", "application/json+chapters",
        "audio/x-mpegurl", "audio/mpegurl"};

    private Compression() {
    }

    static Handler gzip(Handler handler) {
        GzipHandler gzip = new GzipHandler(handler);
        gzip.setIncludedMimeTypes(TEXT_TYPES);
        gzip.setMinGzipSize(MIN_BYTES);
        gzip.setIncludedMethods("GET", "HEAD");
        return gzip;
    }
}
