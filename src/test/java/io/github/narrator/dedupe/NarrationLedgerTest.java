package io.github.narrator.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.dedupe.NarrationLedger.Decision;
import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.fetch.Validators;

class NarrationLedgerTest {

    private static final String URL = "https://news.test/2025/06/02/story";

    @Test
    void anArticleIsNewThenUnchangedThenChanged(@TempDir Path state) throws Exception {
        NarrationLedger ledger = new NarrationLedger(state);
        assertEquals(Decision.NEW, ledger.decide(URL, "sha256:v1"));
        ledger.record(new NarrationLedger.Entry(URL, "sha256:v1", "story-1234", Instant.now()));

        NarrationLedger afterRestart = new NarrationLedger(state);
        assertEquals(Decision.UNCHANGED, afterRestart.decide(URL, "sha256:v1"));
        assertEquals(Decision.CHANGED, afterRestart.decide(URL, "sha256:v2"));
        assertEquals(1, afterRestart.entries().size());
    }

    @Test
    void copiesOfOnePageDecidedAtOnceAreOneArticleClaimedOnce(@TempDir Path state) throws Exception {
        NarrationLedger ledger = new NarrationLedger(state);
        int copies = 8;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(copies);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<NarrationLedger.Verdict>> verdicts = new java.util.ArrayList<>();
            for (int i = 0; i < copies; i++) {
                String address = URL + "?from=" + i; // the same words under eight addresses of one host
                verdicts.add(threads.submit(() -> {
                    start.await();
                    return ledger.decideArticle(address, "sha256:same");
                }));
            }
            start.countDown();
            java.util.Set<String> articles = new java.util.HashSet<>();
            int claimed = 0;
            for (java.util.concurrent.Future<NarrationLedger.Verdict> verdict : verdicts) {
                articles.add(verdict.get().canonicalUrl());
                claimed += verdict.get().decision() == Decision.NEW ? 1 : 0;
                assertTrue(verdict.get().decision() == Decision.NEW || verdict.get().decision() == Decision.IN_PROGRESS,
                        verdict.get().toString());
            }
            assertEquals(1, articles.size(), "one article: " + articles);
            assertEquals(1, claimed, "claimed once");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClaimedArticleIsInProgressUntilRecordedOrReleased(@TempDir Path state) throws Exception {
        NarrationLedger ledger = new NarrationLedger(state);
        assertEquals(Decision.NEW, ledger.decide(URL, "sha256:v1"));
        assertEquals(Decision.IN_PROGRESS, ledger.decide(URL, "sha256:v1"));
        ledger.release(URL);
        assertEquals(Decision.NEW, ledger.decide(URL, "sha256:v1"));
        ledger.record(new NarrationLedger.Entry(URL, "sha256:v1", "story-1234", Instant.now()));
        assertEquals(Decision.UNCHANGED, ledger.decide(URL, "sha256:v1"));
        assertTrue(ledger.isNarrated(URL, "sha256:v1"));
    }

    @Test
    void claimsAreSharedThroughTheFolderAndExpire(@TempDir Path state) throws Exception {
        NarrationLedger ingest = new NarrationLedger(state, Duration.ofHours(1));
        assertEquals(Decision.NEW, ingest.decide(URL, "sha256:v1"));
        assertEquals(Decision.IN_PROGRESS, new NarrationLedger(state, Duration.ofHours(1)).decide(URL, "sha256:v1"));
        assertEquals(Decision.NEW, new NarrationLedger(state, Duration.ZERO).decide(URL, "sha256:v1"), "an expired claim is ignored");
        assertEquals(Decision.NEW, ingest.decide(URL, "sha256:v2"), "a new version is not held up by the old one's claim");
        ingest.dropClaims();
        assertEquals(Decision.NEW, new NarrationLedger(state, Duration.ofHours(1)).decide(URL, "sha256:v2"));
    }

    @Test
    void sourceValidatorsAreRemembered(@TempDir Path state) throws Exception {
        NarrationLedger ledger = new NarrationLedger(state);
        assertEquals(Validators.NONE, ledger.validators("https://news.test/a"));
        ledger.rememberSource("https://news.test/a", new Validators("\"e1\"", null), URL);
        assertEquals(new Validators("\"e1\"", null), new NarrationLedger(state).validators("https://news.test/a"));
        assertEquals(URL, ledger.canonicalUrlOf("https://news.test/a").orElseThrow());
    }

    @Test
    void contentHashFollowsWhatIsSaidAndTheAudioSettings() {
        Script script = script("First paragraph.", "First paragraph.");
        String hash = ContentHash.of(script, "kevin16|150");
        assertEquals(hash, ContentHash.of(script("First paragraph.", "First paragraph."), "kevin16|150"));
        assertNotEquals(hash, ContentHash.of(script("First paragraph, corrected.", "First paragraph, corrected."), "kevin16|150"));
        assertNotEquals(hash, ContentHash.of(script("First paragraph.", "First paragraf."), "kevin16|150"), "a new pronunciation");
        assertNotEquals(hash, ContentHash.of(script, "kevin16|170"));
    }

    private static Script script(String written, String spoken) {
        return new Script(List.of(new Script.Chapter("Article", List.of(
                new Utterance(written, spoken, Utterance.PARAGRAPH_PAUSE_MILLIS, Utterance.Role.BODY)))), List.of());
    }
}
