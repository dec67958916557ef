package io.github.narrator.publish.artwork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelCoverTest {

    @Test
    void theDrawnCoverIsASquarePngApplePodcastsAcceptsWithTheTitleOnIt(@TempDir Path dir) throws Exception {
        byte[] png = ChannelCover.drawn("The Harbour Times, narrated");
        Path file = Files.write(dir.resolve("cover.png"), png);
        CoverRules.check(file); // throws if Apple would refuse it
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1400, cover.getWidth());
        assertTrue(whitePixels(cover, 950, 1340) > 2_000, "the title is drawn below the wave");
        BufferedImage other = ImageIO.read(new ByteArrayInputStream(ChannelCover.drawn("Another podcast")));
        assertFalse(whitePixels(cover, 950, 1340) == whitePixels(other, 950, 1340), "each title draws its own cover");
    }

    @Test
    void aLongTitleStaysInsideTheCover() throws Exception {
        BufferedImage cover = ImageIO.read(new ByteArrayInputStream(ChannelCover.drawn(
                "The Extraordinarily Long-Winded Weekly Municipal Gazette of Greater Harbourside and Surrounding Districts")));
        for (int y = 900; y < 1400; y++) {
            assertTrue((cover.getRGB(5, y) & 0xFFFFFF) != 0xFFFFFF && (cover.getRGB(1394, y) & 0xFFFFFF) != 0xFFFFFF,
                    "nothing drawn at the edges, row " + y);
        }
    }

    @Test
    void aConfiguredCoverIsUsedAsItIsAndADrawnOneIsKept(@TempDir Path dir) throws Exception {
        Path configured = Files.write(dir.resolve("mine.png"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, ChannelCover.bytes(Optional.of(configured), "ignored", dir));
        byte[] drawn = ChannelCover.bytes(Optional.empty(), "Kept", dir.resolve("state"));
        try (var files = Files.list(dir.resolve("state"))) {
            assertEquals(1, files.count(), "drawn once, then read back");
        }
        assertArrayEquals(drawn, ChannelCover.bytes(Optional.empty(), "Kept", dir.resolve("state")));
    }

    private static int whitePixels(BufferedImage image, int fromY, int toY) {
        int white = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                    white++;
                }
            }
        }
        return white;
    }
}
