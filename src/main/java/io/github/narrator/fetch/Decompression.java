package io.github.narrator.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes Content-Encoding, or inflates a gzip file, within the size cap, so a gzip bomb inflates to
 * the cap and no further.
 */
final class Decompression {

    private Decompression() {
    }

    /** A document that is itself a gzip file (not gzip-encoded in transit), inflated; others as they are. */
    static FetchedPage gzipFile(FetchedPage document, long maxBytes) throws FetchException {
        byte[] body = document.body();
        if (body.length < 2 || body[0] != 0x1f || body[1] != (byte) 0x8b) {
            return document;
        }
        CappedBody inflated = decode(document.requestedUrl(), "gzip", new CappedBody(body, document.truncated()), maxBytes);
        return new FetchedPage(document.requestedUrl(), document.finalUrl(), inflated.bytes(), null, inflated.truncated(),
                document.validators());
    }

    static CappedBody decode(String url, String contentEncoding, CappedBody raw, long maxBytes) throws FetchException {
        if (contentEncoding == null || contentEncoding.isBlank() || contentEncoding.equalsIgnoreCase("identity")) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = inflater(url, contentEncoding.trim(), new ByteArrayInputStream(raw.bytes()))) {
            byte[] chunk = new byte[16 * 1024];
            int n;
            while ((n = in.read(chunk)) > 0) {
                int room = (int) Math.min(n, maxBytes - out.size());
                out.write(chunk, 0, room);
                if (room < n) {
                    return new CappedBody(out.toByteArray(), true);
                }
            }
            return new CappedBody(out.toByteArray(), raw.truncated());
        } catch (IOException e) {
            if (raw.truncated()) {
                // We stopped downloading at the cap ourselves: what inflated so far is the page's start.
                return new CappedBody(out.toByteArray(), true);
            }
            throw FetchException.permanent(url, "cannot decompress " + contentEncoding + " body ("
                    + raw.bytes().length + " bytes received): " + e.getMessage());
        }
    }

    private static InputStream inflater(String url, String encoding, InputStream in) throws IOException {
        return switch (encoding.toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in);
            case "deflate" -> new InflaterInputStream(in);
            default -> throw FetchException.permanent(url, "unsupported Content-Encoding '" + encoding + "'");
        };
    }
}
