package io.github.narrator.files;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An article's address as published (metadata.json, the MP3's tags, the feed): a web address as it
 * is, but never a local path, which would tell the world how the publisher's disk is laid out. A
 * local file is named by its path relative to the folder Narrator runs in when it lies inside it
 * ({@code samples/articles/story.html}), else by its file name alone.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** {@code url} fit to publish; null (no address) stays null. */
    public static @Nullable String of(@Nullable String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return url;
        }
        try {
            Path file = Path.of(URI.create(url)).toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath().normalize();
            Path named = file.startsWith(here) ? here.relativize(file) : file.getFileName();
            return named == null ? "" : named.toString().replace('\\', '/');
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFilePath) {
            String path = url.substring(url.lastIndexOf('/') + 1);
            return path.isEmpty() ? "" : path;
        }
    }
}
