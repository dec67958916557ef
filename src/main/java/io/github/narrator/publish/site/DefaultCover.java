package io.github.narrator.publish.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The cover art used when none is configured: podcast directories refuse a feed without a square
 * image of at least 1400 pixels. Drawn, not loaded, so nothing binary lives in the sources: a sound
 * wave on a dark blue square, no text (fonts differ between machines).
 */
final class DefaultCover {

    static final int SIZE = 1400;
    private static final int[] BAR_HEIGHTS = {180, 420, 640, 880, 560, 760, 340, 520, 220};

    private DefaultCover() {
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x3A, 0x93));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(Color.WHITE);
            int barWidth = 80;
            int gap = 44;
            int total = BAR_HEIGHTS.length * barWidth + (BAR_HEIGHTS.length - 1) * gap;
            int x = (SIZE - total) / 2;
            for (int height : BAR_HEIGHTS) {
                g.fill(new RoundRectangle2D.Double(x, (SIZE - height) / 2.0, barWidth, height, barWidth, barWidth));
                x += barWidth + gap;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // An in-memory stream: ImageIO's default file cache registers a shutdown hook, which fails
        // when the site is rebuilt while the JVM is stopping.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        }
        return out.toByteArray();
    }
}
