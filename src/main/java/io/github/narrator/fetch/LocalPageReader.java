package io.github.narrator.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a page from a local file (drop folders, samples): same size cap as the web; .gz unpacked. */
final class LocalPageReader {

    private LocalPageReader() {
    }

    static FetchedPage read(URI uri, long maxBytes) throws FetchException {
        Path path = Path.of(uri);
        try (InputStream file = Files.newInputStream(path);
             InputStream in = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(file) : file) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
            boolean truncated = in.read() != -1;
            return new FetchedPage(uri.toString(), uri.toString(), bytes, null, truncated, Validators.NONE);
        } catch (NoSuchFileException e) {
            throw FetchException.permanent(uri.toString(), "no such file");
        } catch (IOException e) {
            throw FetchException.permanent(uri.toString(), "cannot read file: " + e.getMessage());
        }
    }
}
