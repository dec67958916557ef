package io.github.narrator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.io.FileUtils;

import io.github.narrator.verify.Verifier;
import io.github.narrator.verify.VerifyResult;
import io.github.narrator.watermark.Payload;

/**
 * The watermark's robustness: excerpts of marked narrations, starting at random offsets, put through
 * each {@link Degradation} and checked by {@code narrator verify}'s own code. An excerpt counts as
 * detected when the mark is found with exactly the payload that was embedded.
 */
public final class WatermarkRobustness {

    /** A marked narration and the payload it must carry. */
    public record Narration(Path audio, Payload payload, double seconds) {
    }

    /**
     * One condition's result.
     *
     * @param payloadErrors excerpts where a mark was found but said something else
     * @param failures      excerpts a tool or the decoder failed on (counted as not detected)
     */
    public record Row(Degradation condition, int tried, int detected, int payloadErrors, int failures) {

        public double rate() {
            return tried == 0 ? 0 : (double) detected / tried;
        }
    }

    private final Verifier verifier;
    private final Verifier speedVerifier;
    private final Babble babble;
    private final Path work;
    private final PrintStream log;

    /** @param speedVerifier checks the conditions that {@linkplain Degradation#changesSpeed() change the speed} */
    public WatermarkRobustness(Verifier verifier, Verifier speedVerifier, Path work, PrintStream log) throws IOException {
        this.verifier = verifier;
        this.speedVerifier = speedVerifier;
        this.work = Files.createDirectories(work);
        this.babble = Babble.make(this.work, Babble.licenseTexts(6, 4000));
        this.log = log;
    }

    public List<Row> run(List<Narration> narrations, List<Degradation> conditions, int excerpts, double excerptSeconds,
                         long seed) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Degradation condition : conditions) {
            Random random = new Random(seed + condition.ordinal());
            int detected = 0;
            int wrong = 0;
            int failures = 0;
            for (int i = 0; i < excerpts; i++) {
                Narration narration = narrations.get(i % narrations.size());
                double offset = random.nextDouble() * Math.max(0, narration.seconds() - excerptSeconds);
                Path dir = Files.createDirectories(work.resolve("excerpt"));
                try {
                    Path excerpt = dir.resolve("excerpt.wav");
                    AudioTools.excerpt(narration.audio(), offset, excerptSeconds, excerpt);
                    Path degraded = condition.apply(excerpt, dir, random, babble);
                    VerifyResult result = (condition.changesSpeed() ? speedVerifier : verifier).verify(degraded.toString());
                    if (result.error() != null) {
                        failures++;
                        log.println("watermark: " + condition.label() + ": " + result.error());
                    } else if (result.watermark().found()) {
                        if (result.watermark().payload().narrationId().equals(narration.payload().idHex())
                                && result.watermark().payload().synthetic()) {
                            detected++;
                        } else {
                            wrong++;
                        }
                    }
                } catch (IOException e) {
                    failures++;
                    log.println("watermark: " + condition.label() + ": " + e.getMessage());
                } finally {
                    FileUtils.deleteQuietly(dir.toFile());
                }
            }
            Row row = new Row(condition, excerpts, detected, wrong, failures);
            rows.add(row);
            log.printf(java.util.Locale.ROOT, "watermark: %-45s %4d/%-4d detected, %d payload errors%n",
                    condition.label(), detected, excerpts, wrong);
        }
        return rows;
    }

    /** The table the issue asks for: condition, detected/tried, rate, payload errors. */
    public static String table(List<Row> rows, double excerptSeconds) {
        StringBuilder table = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%-45s %12s %8s %15s%n", "condition (" + Math.round(excerptSeconds) + " s excerpts)", "detected", "rate",
                "payload errors"));
        for (Row row : rows) {
            table.append(String.format(java.util.Locale.ROOT, "%-45s %12s %7.1f%% %15d%n", row.condition().label(),
                    row.detected() + "/" + row.tried(), 100 * row.rate(), row.payloadErrors()));
        }
        return table.toString();
    }
}
