package io.github.narrator.publish.artwork;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an article's lead image into episode art podcast apps accept: a square JPEG of
 * {@value #SIDE} pixels, the centre of the picture (news photos are wider than high), or refuses it
 * with the reason. The header is checked before any pixel is decoded, and large pictures are decoded
 * at a fraction of their size, so a hostile file costs neither time nor memory.
 */
final class EpisodeImage {

    static final int SIDE = CoverRules.MIN_SIDE;
    /** Smaller pictures would be blown up more than 2.3 times: too blurred to show. */
    static final int MIN_SIDE = 600;
    /** A picture more than three times as wide as high (or the reverse) is a banner: its centre says nothing. */
    static final double MAX_ASPECT = 3.0;
    /** Pixels a header may announce before the picture is refused unread (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    /** The image cannot be used; the message says why. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    private EpisodeImage() {
    }

    static byte[] squareJpeg(byte[] bytes) throws Refused {
        ImageFile file = ImageFile.of(bytes);
        if (!file.readable()) {
            throw new Refused("it is " + file.format() + ", which Narrator cannot convert (it reads JPEG, PNG, GIF and BMP)");
        }
        int shorter = Math.min(file.width(), file.height());
        int longer = Math.max(file.width(), file.height());
        String size = file.format() + " of " + file.width() + "×" + file.height() + " pixels";
        if ((long) file.width() * file.height() > MAX_PIXELS) {
            throw new Refused("it is a " + size + ", more than " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
        if (shorter < MIN_SIDE) {
            throw new Refused("it is a " + size + ": too small, episode art needs at least " + MIN_SIDE + " pixels a side");
        }
        if ((double) longer / shorter > MAX_ASPECT) {
            throw new Refused("it is a " + size + ": a banner, more than " + (int) MAX_ASPECT + " times as wide as high");
        }
        BufferedImage picture = decode(bytes, Math.max(1, shorter / SIDE));
        return jpeg(square(picture));
    }

    /** Decodes every {@code step}th pixel of every {@code step}th row. */
    private static BufferedImage decode(byte[] bytes, int step) throws Refused {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // e.g. a CMYK JPEG, or pixel data that ends early
            throw new Refused("it cannot be decoded: " + e.getMessage());
        }
    }

    /** The centred square of the picture, scaled to {@value #SIDE} pixels, on white where it was transparent. */
    private static BufferedImage square(BufferedImage picture) {
        int side = Math.min(picture.getWidth(), picture.getHeight());
        BufferedImage crop = picture.getSubimage((picture.getWidth() - side) / 2, (picture.getHeight() - side) / 2, side, side);
        BufferedImage square = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIDE, SIDE);
            g.drawImage(crop, 0, 0, SIDE, SIDE, null);
        } finally {
            g.dispose();
        }
        return square;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("the JDK's JPEG writer failed in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
