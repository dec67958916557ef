package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        for (String bad : new String[] {"news.example/listen", "ftp://news.example", "https://news.example/?a=1"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SampleSites.settings(bad), bad);
            assertTrue(error.getMessage().contains("base URL"), error.getMessage());
        }
    }

    @Test
    void anUnsetBaseUrlPointsAtThePreviewAddressAndSaysSo() {
        FeedSettings unset = SampleSites.settings(" ");
        assertFalse(unset.baseUrlSet());
        assertEquals("http://127.0.0.1:8080/feed.xml", unset.feedUrl());
        assertTrue(unset.baseUrlProblem().orElseThrow().contains("narrator.feed.base-url is not set"));
        assertTrue(SampleSites.settings("http://localhost:9000/x").baseUrlProblem().orElseThrow().contains("loopback"));
        assertTrue(SampleSites.settings("http://podcast.example").baseUrlProblem().orElseThrow().contains("plain http"));
        assertEquals(Optional.empty(), SampleSites.settings("https://podcast.example/listen").baseUrlProblem());
    }

    @Test
    void aLocalCoverIsCopiedIntoOutAndNamedInTheFeed(@TempDir Path dir) throws Exception {
        Path cover = Files.write(dir.resolve("Cover Art.JPG"), image("jpeg", 1400, 1400));
        FeedSettings settings = withImage(cover.toString());
        assertEquals(Optional.of(cover), settings.coverImageFile(), "the file the ID3 APIC cover is read from");
        Path out = Files.createDirectories(dir.resolve("out"));
        new SiteBuilder(out, settings).rebuild();
        assertEquals(Files.size(cover), Files.size(out.resolve("cover.jpg")));
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

    @Test
    void aCoverAppleWouldRefuseIsAnErrorNamingTheRule(@TempDir Path dir) throws Exception {
        Path wide = Files.write(dir.resolve("wide.jpg"), image("jpeg", 600, 400));
        assertTrue(refusal(wide).contains("600×400 pixels: Apple Podcasts requires a square cover"), refusal(wide));
        Path small = Files.write(dir.resolve("small.png"), image("png", 1000, 1000));
        assertTrue(refusal(small).contains("1400 to 3000 pixels a side"), refusal(small));
        Path huge = Files.write(dir.resolve("huge.png"), image("png", 3200, 3200));
        assertTrue(refusal(huge).contains("1400 to 3000 pixels a side"), refusal(huge));
        Path gif = Files.write(dir.resolve("cover.png"), image("gif", 1400, 1400));
        assertTrue(refusal(gif).contains("is GIF: Apple Podcasts accepts only JPEG or PNG"), refusal(gif));
        Path png = Files.write(dir.resolve("fine.png"), image("png", 3000, 3000));
        assertEquals(Optional.of(png), withImage(png.toString()).coverImageFile());
    }

    private static String refusal(Path cover) {
        return assertThrows(IllegalArgumentException.class, () -> withImage(cover.toString()).coverImageFile()).getMessage();
    }

    static byte[] image(String format, int width, int height) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static FeedSettings withImage(String image) {
        return new FeedSettings(SampleSites.BASE_URL, "Gazette, narrated", "", "", "en", "The Test Gazette", "", "", image,
                "News", "", false, PublishedSamples.LABEL);
    }
}
