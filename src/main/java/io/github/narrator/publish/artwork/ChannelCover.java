package io.github.narrator.publish.artwork;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.files.AtomicFiles;

/**
 * The channel's cover: the configured file (checked against {@link CoverRules}), or one drawn here:
 * a square of {@value #SIZE} pixels, a sound wave and the channel's title on dark blue. Drawn, not
 * loaded, so nothing binary lives in the sources. A machine without any font (a bare headless Java)
 * gets the wave alone, with a warning, rather than no cover.
 */
public final class ChannelCover {

    static final int SIZE = CoverRules.MIN_SIDE;
    /** Bump when the drawing changes, so that cached covers are drawn again. */
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelCover.class);
    private static final Color BACKGROUND = new Color(0x1F, 0x3A, 0x93);
    private static final int[] BAR_HEIGHTS = {140, 330, 500, 690, 440, 600, 270, 410, 170};
    private static final int TEXT_WIDTH = 1160;
    private static final int MAX_LINES = 3;

    private ChannelCover() {
    }

    /**
     * The configured cover file's bytes, else a drawn cover with {@code title}. A drawn cover is kept
     * in {@code stateDir} (drawing one costs a fraction of a second), one per title.
     */
    public static byte[] bytes(Optional<Path> configured, String title, Path stateDir) {
        if (configured.isPresent()) {
            try {
                return Files.readAllBytes(configured.get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the cover image " + configured.get(), e);
            }
        }
        Path cached = stateDir.resolve("cover-" + ContentHash.sha256Hex(VERSION + "\n" + title).substring(0, 16) + ".png");
        try {
            if (Files.isRegularFile(cached)) {
                return Files.readAllBytes(cached);
            }
            byte[] drawn = drawn(title);
            AtomicFiles.write(cached, out -> out.write(drawn));
            return drawn;
        } catch (IOException e) {
            LOG.debug("the drawn cover is not cached: {}", e.toString());
            return drawn(title);
        }
    }

    /** A PNG of {@value #SIZE}×{@value #SIZE} pixels with the title. */
    static byte[] drawn(String title) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(Color.WHITE);
            wave(g, 520);
            try {
                title(g, title, 900);
            } catch (RuntimeException | Error noFonts) {
                LOG.warn("the drawn cover has no title: Java finds no font here ({})", noFonts.toString());
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // An in-memory stream: ImageIO's default file cache registers a shutdown hook, which fails
        // when the site is rebuilt while the JVM is stopping.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the cover in memory", e);
        }
        return out.toByteArray();
    }

    private static void wave(Graphics2D g, int centreY) {
        int barWidth = 70;
        int gap = 40;
        int total = BAR_HEIGHTS.length * barWidth + (BAR_HEIGHTS.length - 1) * gap;
        int x = (SIZE - total) / 2;
        for (int height : BAR_HEIGHTS) {
            g.fill(new RoundRectangle2D.Double(x, centreY - height / 2.0, barWidth, height, barWidth, barWidth));
            x += barWidth + gap;
        }
    }

    /** The title in the largest bold sans-serif that fits {@value #MAX_LINES} lines, centred below the wave. */
    private static void title(Graphics2D g, String title, int top) {
        List<String> lines = List.of();
        Font font = null;
        for (int size = 150; size >= 40; size -= 10) {
            font = new Font(Font.SANS_SERIF, Font.BOLD, size);
            FontMetrics metrics = g.getFontMetrics(font);
            lines = wrap(title, metrics);
            if (lines.size() <= MAX_LINES && lines.stream().allMatch(line -> metrics.stringWidth(line) <= TEXT_WIDTH)) {
                break;
            }
        }
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = metrics.getHeight();
        int available = SIZE - top - 60;
        int y = top + Math.max(0, (available - lineHeight * Math.min(lines.size(), MAX_LINES)) / 2) + metrics.getAscent();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
            g.drawString(line, (SIZE - metrics.stringWidth(line)) / 2, y);
            y += lineHeight;
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= TEXT_WIDTH || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
