package io.github.narrator.publish.artwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class EpisodeImageTest {

    @Test
    void aWidePhotoBecomesTheCentredSquareAsAJpegOf1400Pixels() throws Exception {
        // left third red, middle third green, right third blue
        BufferedImage photo = new BufferedImage(2400, 1350, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < photo.getWidth(); x++) {
            int rgb = x < 800 ? 0xFF0000 : x < 1600 ? 0x00FF00 : 0x0000FF;
            for (int y = 0; y < photo.getHeight(); y++) {
                photo.setRGB(x, y, rgb);
            }
        }
        byte[] jpeg = EpisodeImage.squareJpeg(encode(photo, "png"));
        assertEquals(new ImageFile("JPEG", 1400, 1400), ImageFile.of(jpeg));
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertTrue(new Color(square.getRGB(700, 700)).getGreen() > 200, "the centre is kept");
        assertTrue(new Color(square.getRGB(5, 700)).getRed() > 200, "a little of the left third is in the square");
    }

    @Test
    void aTransparentPngIsOnWhite() throws Exception {
        BufferedImage clear = new BufferedImage(800, 800, BufferedImage.TYPE_INT_ARGB);
        BufferedImage square = ImageIO.read(new ByteArrayInputStream(EpisodeImage.squareJpeg(encode(clear, "png"))));
        assertTrue(new Color(square.getRGB(10, 10)).getBlue() > 240);
    }

    @Test
    void unusablePicturesAreRefusedWithTheReason() throws Exception {
        assertEquals("it is a JPEG of 300×200 pixels: too small, episode art needs at least 600 pixels a side",
                refusal(encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg")));
        assertEquals("it is a PNG of 3000×700 pixels: a banner, more than 3 times as wide as high",
                refusal(encode(new BufferedImage(3000, 700, BufferedImage.TYPE_INT_RGB), "png")));
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("it is WebP, which Narrator cannot convert (it reads JPEG, PNG, GIF and BMP)", refusal(webp));
        assertTrue(refusal("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)).startsWith("it is HTML"));
        assertTrue(refusal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)).startsWith("it is SVG"));
    }

    @Test
    void aPictureAnnouncingBillionsOfPixelsIsRefusedBeforeItIsDecoded() throws Exception {
        byte[] png = encode(new BufferedImage(700, 700, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR width and height (bytes 16-23) set to 60000 × 60000: a decompression bomb's header
        ByteBuffer.wrap(png, 16, 8).putInt(60_000).putInt(60_000);
        assertTrue(refusal(png).contains("more than 50 megapixels"), refusal(png));
    }

    @Test
    void aDamagedPictureIsRefusedNotThrown() throws Exception {
        byte[] jpeg = encode(new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] cut = Arrays.copyOf(jpeg, 400);
        String reason = refusal(cut);
        assertTrue(reason.startsWith("it cannot be decoded") || reason.contains("damaged"), reason);
    }

    private static String refusal(byte[] image) {
        return assertThrows(EpisodeImage.Refused.class, () -> EpisodeImage.squareJpeg(image)).getMessage();
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }
}
