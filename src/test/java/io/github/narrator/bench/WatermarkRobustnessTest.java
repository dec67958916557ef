package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.audio.Recording;
import io.github.narrator.speech.TestScripts;
import io.github.narrator.testing.Narrations;
import io.github.narrator.testing.Slow;
import io.github.narrator.verify.Downloader;
import io.github.narrator.verify.Verifier;
import io.github.narrator.watermark.Payload;
import io.github.narrator.watermark.WatermarkDetector;
import io.github.narrator.watermark.WatermarkKey;

/**
 * A reduced run of the bench's watermark measurements: two 30 s excerpts per degradation (re-encoded
 * with lame and ffmpeg, resampled, amplified and noised with sox and espeak-ng babble) must each give
 * back the payload, and three clips from each unmarked source must give none. The full tables come
 * from {@code narrator bench --only watermark}.
 */
@Slow
class WatermarkRobustnessTest {

    @TempDir
    static Path work;
    private static Verifier verifier;
    private static Recording marked;
    private static Recording plain;

    @BeforeAll
    static void narrate() throws Exception {
        List<String> missing = new ArrayList<>(AudioTools.missing());
        if (UnmarkedClips.wavsUnder(UnmarkedClips.DEBIAN_MUSIC).isEmpty()) {
            missing.add("asterisk-moh-opsound-wav");
        }
        if (UnmarkedClips.wavsUnder(UnmarkedClips.DEBIAN_SPEECH).isEmpty()) {
            missing.add("asterisk-core-sounds-en-wav");
        }
        if (!missing.isEmpty()) {
            String reason = "the watermark's robustness tests need " + String.join(", ", missing) + " (see .ci/run)";
            if (System.getenv("CI") != null) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        marked = Narrations.record(work.resolve("marked"), TestScripts.bodyOfSentences(14), WatermarkKey.DEFAULT);
        plain = Narrations.record(work.resolve("plain"), TestScripts.bodyOfSentences(14), null);
        verifier = new Verifier(new WatermarkDetector(List.of(WatermarkKey.DEFAULT), 8), 600,
                new Downloader(1 << 20, Duration.ofSeconds(5)));
    }

    @Test
    void everyExcerptGivesBackThePayloadAfterEachDegradation() throws Exception {
        List<Degradation> conditions = new ArrayList<>(List.of(Degradation.values()));
        conditions.remove(Degradation.SPEED_PLUS_5); // measured by the bench, not held to a target
        conditions.remove(Degradation.SPEED_MINUS_5);
        double seconds = (double) Files.size(marked.wav()) / 32_000;
        WatermarkRobustness robustness = new WatermarkRobustness(verifier, verifier, work.resolve("robustness"), quiet());
        List<WatermarkRobustness.Row> rows = robustness.run(List.of(new WatermarkRobustness.Narration(marked.mp3(),
                Payload.forNarration(Narrations.CONTENT_HASH), seconds)), conditions, 2, 30, 5);
        for (WatermarkRobustness.Row row : rows) {
            assertEquals(row.tried(), row.detected(), row.condition().label());
            assertEquals(0, row.payloadErrors(), row.condition().label());
        }
    }

    @Test
    void unmarkedSpeechNoiseAndMusicAreNeverFoundMarked() throws Exception {
        UnmarkedClips.Result result = new UnmarkedClips(verifier, work.resolve("unmarked"), quiet())
                .run(List.of(plain.mp3()), 3, 30, 7);
        assertEquals(15, result.tried());
        assertEquals(0, result.detections(), UnmarkedClips.table(result));
    }

    private static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
