package io.github.narrator.publish.artwork;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What an image file is, read from its header without decoding its pixels: its format and size.
 * Formats Java cannot read are named from their signature, so a refusal can say what the file was.
 *
 * @param format {@code JPEG}, {@code PNG}, {@code GIF}, {@code BMP}, or the name of a format Java cannot read
 *               ({@code WebP}, {@code AVIF}, {@code SVG}...)
 * @param width  pixels, 0 when the format cannot be read
 * @param height pixels, 0 when the format cannot be read
 */
record ImageFile(String format, int width, int height) {

    boolean readable() {
        return width > 0 && height > 0;
    }

    static ImageFile of(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new ImageFile(reader.getFormatName().toUpperCase(Locale.ROOT).replace("JPG", "JPEG"),
                            reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // a damaged header: named below like an unknown format
        }
        return new ImageFile(signature(bytes), 0, 0);
    }

    /** The format a file's first bytes announce, for formats Java's ImageIO does not read. */
    private static String signature(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
            return "WebP";
        }
        if (head.length() >= 12 && head.startsWith("ftyp", 4)) {
            return head.startsWith("avif", 8) || head.startsWith("avis", 8) ? "AVIF" : "HEIF";
        }
        if (head.stripLeading().startsWith("<")) {
            return head.contains("<svg") || head.startsWith("<?xml") ? "SVG" : "HTML";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return "damaged JPEG";
        }
        if (head.startsWith("\u0089PNG")) {
            return "damaged PNG";
        }
        return "unknown";
    }
}
