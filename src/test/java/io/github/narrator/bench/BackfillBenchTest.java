package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillBenchTest {

    @Test
    void thePerArticleTimeIsTheMeanIntervalOverThe99ArticlesBeforeIt() {
        double[] done = new double[1000];
        for (int i = 0; i < done.length; i++) {
            // 0.5 s an article for the first 500, then 0.6 s
            done[i] = i < 500 ? 0.5 * (i + 1) : 250 + 0.6 * (i - 499);
        }
        assertEquals(0.5, BackfillBench.perArticleSeconds(done, 100), 1e-9);
        assertEquals(0.6, BackfillBench.perArticleSeconds(done, 1000), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> BackfillBench.perArticleSeconds(done, 99));
    }

    @Test
    void aCostThatGrowsMissesTheFlatTargetAndOneThatDoesNotMeetsIt() {
        List<Figure> growing = BackfillBench.figures(result(1000, 0.5, 0.6));
        Figure ratio = growing.stream().filter(f -> f.name().startsWith("per-article time, article 1000 / article 100"))
                .findFirst().orElseThrow();
        assertEquals(1.2, ratio.stats().median(), 1e-9);
        assertFalse(ratio.met());
        Figure flat = BackfillBench.figures(result(1000, 0.5, 0.52)).stream()
                .filter(f -> f.name().startsWith("per-article time")).findFirst().orElseThrow();
        assertTrue(flat.met());
    }

    @Test
    void theMediansOfTheFirstAndLastTenthAreComparedToo() {
        Figure medians = BackfillBench.figures(result(1000, 0.5, 0.6)).stream()
                .filter(f -> f.name().startsWith("per-article time, median")).findFirst().orElseThrow();
        assertEquals(1.2, medians.stats().median(), 1e-9);
    }

    @Test
    void thePlotIsAPngAndTheCurveACsv(@TempDir Path dir) throws Exception {
        Path file = BackfillPlot.write(result(1000, 0.5, 0.52), "Backfill of 1000", dir.resolve("plot.png"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1000, image.getWidth());
        List<String> csv = java.nio.file.Files.readAllLines(BackfillPlot.writeCsv(result(1000, 0.5, 0.52), dir.resolve("curve.csv")));
        assertEquals(1001, csv.size());
        assertEquals("1,0.500", csv.get(1));
    }

    private static BackfillProbe.Result result(int count, double early, double late) {
        double[] done = new double[count];
        for (int i = 0; i < count; i++) {
            done[i] = i < count / 2 ? early * (i + 1) : early * count / 2 + late * (i + 1 - count / 2);
        }
        return new BackfillProbe.Result(count, count, 0, done[count - 1], done, 300L << 20, 400L << 20, 400_000, 300_000, 7,
                5_000_000, 40, 900, 20_000);
    }
}
