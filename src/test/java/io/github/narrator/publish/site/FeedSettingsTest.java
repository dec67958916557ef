package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.testing.PublishedSamples;
import io.github.narrator.testing.SampleSites;

class FeedSettingsTest {

    @Test
    void theBaseUrlLosesItsTrailingSlashAndMakesAbsoluteUrls() {
        FeedSettings settings = SampleSites.settings("https://news.example/listen/");
        assertEquals("https://news.example/listen", settings.baseUrl());
        assertEquals("https://news.example/listen/feed.xml", settings.feedUrl());
        assertEquals("https://news.example/listen/articles/a/narration.mp3", settings.url("articles/a/narration.mp3"));
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressIsRefusedClearly() {
        for (String bad : new String[] {"news.example/listen", "ftp://news.example", "https://news.example/?a=1", " "}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SampleSites.settings(bad), bad);
            assertTrue(error.getMessage().contains("base URL"), error.getMessage());
        }
    }

    @Test
    void aLocalCoverIsCopiedIntoOutAndNamedInTheFeed(@TempDir Path dir) throws Exception {
        Path cover = Files.write(dir.resolve("Cover Art.JPG"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});
        FeedSettings settings = withImage(cover.toString());
        assertEquals(Optional.of(cover), settings.coverImageFile(), "the file the ID3 APIC cover is read from");
        Path out = Files.createDirectories(dir.resolve("out"));
        new SiteBuilder(out, settings).rebuild();
        assertEquals(4, Files.size(out.resolve("cover.jpg")));
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<itunes:image href=\"" + SampleSites.BASE_URL + "/cover.jpg\"/>"));
    }

    @Test
    void aCoverUrlIsUsedAsItIs(@TempDir Path out) throws Exception {
        FeedSettings settings = withImage("https://cdn.gazette.test/podcast.png");
        assertEquals(Optional.empty(), settings.coverImageFile());
        new SiteBuilder(out, settings).rebuild();
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<itunes:image href=\"https://cdn.gazette.test/podcast.png\"/>"));
        assertTrue(Files.notExists(out.resolve("cover.png")));
    }

    @Test
    void aMissingOrNonImageCoverFileIsRefusedClearly(@TempDir Path dir) throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> withImage(dir.resolve("nope.png").toString()).coverImageFile());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path text = Files.writeString(dir.resolve("cover.txt"), "x");
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> withImage(text.toString()).coverImageFile());
        assertTrue(wrongType.getMessage().contains(".jpg, .jpeg or .png"), wrongType.getMessage());
    }

    private static FeedSettings withImage(String image) {
        return new FeedSettings(SampleSites.BASE_URL, "Gazette, narrated", "", "", "en", "The Test Gazette", "", "", image,
                "News", "", false, PublishedSamples.LABEL);
    }
}
