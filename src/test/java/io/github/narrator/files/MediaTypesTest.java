package io.github.narrator.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One table of media types: the server sends, and metadata.json records, the same Content-Type for a file. */
class MediaTypesTest {

    @Test
    void narrationFilesHaveTheTypesPodcastAppsExpect() {
        assertEquals("audio/mpeg", MediaTypes.contentType(NarrationFiles.MP3));
        assertEquals("audio/wav", MediaTypes.contentType(NarrationFiles.WAV));
        assertEquals("text/vtt; charset=utf-8", MediaTypes.contentType(NarrationFiles.VTT));
        assertEquals("text/plain; charset=utf-8", MediaTypes.contentType(NarrationFiles.SCRIPT));
        assertEquals("application/json+chapters", MediaTypes.contentType(NarrationFiles.CHAPTERS));
        assertEquals("application/json", MediaTypes.contentType(NarrationFiles.METADATA));
    }

    @Test
    void siteFilesToo() {
        assertEquals("application/rss+xml", MediaTypes.contentType("feed.xml"));
        assertEquals("audio/x-mpegurl", MediaTypes.contentType("feed.m3u"));
        assertEquals("text/html; charset=utf-8", MediaTypes.contentType("index.html"));
        assertEquals("image/jpeg", MediaTypes.contentType("Cover.JPEG"));
        assertEquals("application/octet-stream", MediaTypes.contentType("README"));
        assertEquals("application/octet-stream", MediaTypes.contentType("archive.tar.gz"));
    }
}
