package io.github.narrator.files;

import java.util.Locale;

import org.apache.commons.io.FilenameUtils;

/**
 * The media types of the files Narrator writes, decided once: the Content-Type the server sends is
 * the one {@code metadata.json} records, and the feed's {@code type} attributes name the same types.
 */
public final class MediaTypes {

    public static final String MP3 = "audio/mpeg";
    public static final String WAV = "audio/wav";
    public static final String WEBVTT = "text/vtt";
    /** Podcasting 2.0 JSON chapters. */
    public static final String JSON_CHAPTERS = "application/json+chapters";
    public static final String RSS = "application/rss+xml";
    public static final String M3U = "audio/x-mpegurl";
    /** The Podcasting 2.0 JSON transcript. */
    public static final String JSON = "application/json";
    /** A file of no type Narrator writes (the server does not publish these). */
    public static final String UNKNOWN = "application/octet-stream";

    private MediaTypes() {
    }

    /** The Content-Type of a file, by its name: its media type, with the charset for text. */
    public static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals(NarrationFiles.CHAPTERS)) {
            return JSON_CHAPTERS;
        }
        return switch (FilenameUtils.getExtension(name)) {
            case "mp3" -> MP3;
            case "wav" -> WAV;
            case "vtt" -> utf8(WEBVTT);
            case "xml" -> RSS; // the only XML Narrator writes is its feeds
            case "m3u" -> M3U;
            case "json" -> JSON;
            case "html" -> utf8("text/html");
            case "css" -> utf8("text/css");
            case "js" -> utf8("text/javascript");
            case "txt" -> utf8("text/plain");
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> UNKNOWN;
        };
    }

    private static String utf8(String mediaType) {
        return mediaType + "; charset=utf-8";
    }
}
