package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientBoostingTest {

    /** A label that needs an interaction of two features (exclusive or), with a feature of noise. */
    @Test
    void learnsAnInteractionOfTwoFeatures() {
        Random random = new Random(1);
        int n = 4000;
        float[][] x = new float[n][3];
        float[] y = new float[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextFloat();
            x[i][1] = random.nextFloat();
            x[i][2] = random.nextFloat();
            y[i] = (x[i][0] > 0.5) != (x[i][1] > 0.3) ? 1 : 0;
            w[i] = 1;
        }
        BlockModel.Ensemble model = GradientBoosting.train(x, y, w, new GradientBoosting.Params(60, 3, 0.3, 1, 0.5, 0.8, 3));
        int right = 0;
        for (int i = 0; i < 1000; i++) {
            float[] row = {random.nextFloat(), random.nextFloat(), random.nextFloat()};
            boolean truth = (row[0] > 0.5) != (row[1] > 0.3);
            right += (model.probability(row) > 0.5) == truth ? 1 : 0;
        }
        assertTrue(right > 950, right + " of 1000 right");
    }

    @Test
    void weightsDecideBetweenConflictingLabels() {
        float[][] x = new float[200][1];
        float[] y = new float[200];
        float[] w = new float[200];
        for (int i = 0; i < 200; i++) {
            y[i] = i % 2;
            w[i] = y[i] == 1 ? 3 : 1;
        }
        BlockModel.Ensemble model = GradientBoosting.train(x, y, w, new GradientBoosting.Params(20, 2, 0.3, 1, 0.5, 1, 3));
        double p = model.probability(new float[1]);
        assertTrue(Math.abs(p - 0.75) < 0.02, "weighted share of positives is 0.75, model says " + p);
    }
}
