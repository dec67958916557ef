package io.github.narrator.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a page from a local file (drop folders, samples, benchmark folders) with the same size cap
 * as the web; a gzip file is inflated by {@link Decompression}, the one place that undoes gzip.
 */
final class LocalPageReader {

    private LocalPageReader() {
    }

    static FetchedPage read(URI uri, long maxBytes) throws FetchException {
        Path path = Path.of(uri);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            boolean truncated = in.read() != -1;
            FetchedPage raw = new FetchedPage(uri.toString(), uri.toString(), bytes, null, truncated, Validators.NONE);
            return Decompression.gzipFile(raw, maxBytes);
        } catch (NoSuchFileException e) {
            throw FetchException.permanent(uri.toString(), "no such file");
        } catch (IOException e) {
            throw FetchException.permanent(uri.toString(), "cannot read file: " + e.getMessage());
        }
    }
}
