package io.github.narrator.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The backfill as a picture (PNG, drawn with java.awt): above, articles done against time; below,
 * the per-article wall time along the run (mean of the {@value BackfillBench#WINDOW} intervals before
 * each article). A flat lower curve is a cost per article that does not grow with the archive.
 */
final class BackfillPlot {

    private static final int WIDTH = 1000;
    private static final int PANEL = 380;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int GAP = 90;
    private static final Color LINE = new Color(0x1F, 0x3A, 0x93);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private BackfillPlot() {
    }

    static Path write(BackfillProbe.Result result, String title, Path file) throws IOException {
        double[] done = result.doneSeconds();
        int count = done.length;
        BufferedImage image = new BufferedImage(WIDTH, TOP + 2 * PANEL + GAP + 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, LEFT, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));

            double minutes = done[count - 1] / 60;
            double[] x = new double[count];
            double[] y = new double[count];
            for (int i = 0; i < count; i++) {
                x[i] = done[i] / 60;
                y[i] = i + 1;
            }
            panel(g, TOP, "time (minutes)", "articles done", x, y, 0, minutes, 0, count);

            int from = BackfillBench.WINDOW + 1;
            if (count >= from) {
                double[] ax = new double[count - from + 1];
                double[] ay = new double[ax.length];
                double max = 0;
                for (int k = from; k <= count; k++) {
                    ax[k - from] = k;
                    ay[k - from] = BackfillBench.perArticleSeconds(done, k);
                    max = Math.max(max, ay[k - from]);
                }
                panel(g, TOP + PANEL + GAP, "articles done", "seconds per article (last " + BackfillBench.WINDOW + ")",
                        ax, ay, 0, count, 0, max * 1.1);
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The curve as numbers: each article's completion time, one line each ({@code article,seconds}). */
    static Path writeCsv(BackfillProbe.Result result, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("article,seconds\n");
        double[] done = result.doneSeconds();
        for (int i = 0; i < done.length; i++) {
            csv.append(i + 1).append(',').append(String.format(Locale.ROOT, "%.3f", done[i])).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, csv);
    }

    private static void panel(Graphics2D g, int top, String xLabel, String yLabel, double[] x, double[] y,
            double xMin, double xMax, double yMin, double yMax) {
        int width = WIDTH - LEFT - RIGHT;
        int height = PANEL - 40;
        double xSpan = xMax > xMin ? xMax - xMin : 1;
        double ySpan = yMax > yMin ? yMax - yMin : 1;
        for (int tick = 0; tick <= 5; tick++) {
            int gx = LEFT + width * tick / 5;
            int gy = top + height - height * tick / 5;
            g.setColor(GRID);
            g.drawLine(gx, top, gx, top + height);
            g.drawLine(LEFT, gy, LEFT + width, gy);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label(xMin + xSpan * tick / 5), gx - 15, top + height + 18);
            g.drawString(label(yMin + ySpan * tick / 5), 10, gy + 5);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, top, width, height);
        g.drawString(xLabel, LEFT + width / 2 - 40, top + height + 36);
        g.drawString(yLabel, LEFT + 5, top - 8);
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            double px = LEFT + (x[i] - xMin) / xSpan * width;
            double py = top + height - (y[i] - yMin) / ySpan * height;
            if (i == 0) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f));
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
    }

    private static String label(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
