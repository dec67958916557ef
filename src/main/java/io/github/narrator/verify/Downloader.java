package io.github.narrator.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.io.FileUtils;

import io.github.narrator.files.NarrationFiles;

import org.jspecify.annotations.Nullable;

/**
 * Fetches a recording to check from an http(s) URL into a temporary folder, with a size limit, and
 * the {@code metadata.json} published beside it when there is one.
 */
public final class Downloader {

    private final HttpClient client;
    private final long maxBytes;
    private final Duration timeout;

    public Downloader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A downloaded recording and its metadata.json (null when the server had none); closing it deletes the files. */
    record Download(Path folder, Path audio, @Nullable Path metadataJson) implements AutoCloseable {
        @Override
        public void close() {
            FileUtils.deleteQuietly(folder.toFile());
        }
    }

    Download fetch(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException(url + " is not a valid URL", e);
        }
        Path folder = Files.createTempDirectory("narrator-verify-");
        try {
            Path audio = folder.resolve("audio");
            get(uri, audio, true);
            Path metadata = folder.resolve(NarrationFiles.METADATA);
            String path = uri.getPath() == null ? "" : uri.getPath();
            boolean hasMetadata = Verifier.isPublishedAudio(path.substring(path.lastIndexOf('/') + 1))
                    && get(uri.resolve(NarrationFiles.METADATA), metadata, false);
            return new Download(folder, audio, hasMetadata ? metadata : null);
        } catch (IOException | RuntimeException e) {
            FileUtils.deleteQuietly(folder.toFile());
            throw e;
        }
    }

    /** @return false when an optional file is not there */
    private boolean get(URI uri, Path target, boolean required) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        } catch (IOException e) {
            if (!required) {
                return false;
            }
            throw new IOException(uri + ": " + e.getMessage(), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                if (!required) {
                    return false;
                }
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                int read;
                while ((read = body.read(buffer)) > 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw new IOException(uri + " is larger than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, read);
                }
            }
        }
        return true;
    }
}
