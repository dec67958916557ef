package io.github.narrator.speech;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;

class SynthesizerTest {

    /**
     * SHA-256 of {@link TestScripts#shortArticle()} spoken with the default settings. FreeTTS is
     * deterministic across runs, threads and JDKs, so a different hash means the audio changed.
     */
    private static final String SHORT_ARTICLE_PCM_SHA256 = "cab8a941edef62d39b5d4e30c2496d25abf9989e7a694949640bb1e5aea182d1";

    private static Synthesizer synthesizer;

    @BeforeAll
    static void loadVoice() {
        synthesizer = new Synthesizer(NarratorConfig.defaults().voiceSettings());
    }

    @AfterAll
    static void unloadVoice() {
        synthesizer.close();
    }

    @Test
    void everySentenceGetsACueInOrderWithinTheAudio() throws IOException {
        Script script = TestScripts.shortArticle();
        CollectingSink sink = new CollectingSink();
        Timeline timeline = synthesizer.speak(script, sink);

        assertEquals(sink.count(), timeline.totalSamples());
        List<Utterance> utterances = script.utterances();
        assertEquals(utterances.size(), timeline.cues().size());
        long previousEnd = 0;
        for (int i = 0; i < utterances.size(); i++) {
            Timeline.Cue cue = timeline.cues().get(i);
            assertEquals(utterances.get(i).written(), cue.written());
            assertEquals(utterances.get(i).spoken(), cue.spoken());
            assertTrue(cue.startMillis() >= previousEnd, "cue " + i + " overlaps the one before: " + cue);
            assertTrue(cue.endMillis() > cue.startMillis() + 300, "cue " + i + " is too short to hold speech: " + cue);
            previousEnd = cue.endMillis();
        }
        assertTrue(previousEnd <= timeline.durationMillis());
    }

    @Test
    void pausesAreSilenceOfTheScriptedLengthBeforeEachSentence() throws IOException {
        Script script = TestScripts.shortArticle();
        CollectingSink sink = new CollectingSink();
        Timeline timeline = synthesizer.speak(script, sink);
        short[] samples = sink.samples();

        List<Utterance> utterances = script.utterances();
        long previousEnd = 0;
        for (int i = 0; i < utterances.size(); i++) {
            Timeline.Cue cue = timeline.cues().get(i);
            int pause = utterances.get(i).pauseBeforeMillis();
            // times are whole milliseconds, rounded down at both ends
            assertTrue(Math.abs(cue.startMillis() - previousEnd - pause) <= 1,
                    "cue " + i + " starts " + (cue.startMillis() - previousEnd) + " ms after the last, not " + pause);
            int from = (int) (previousEnd * 16) + 16;
            int to = (int) (cue.startMillis() * 16);
            for (int s = from; s < to; s++) {
                assertEquals(0, samples[s], "sample " + s + " in the pause before cue " + i);
            }
            previousEnd = cue.endMillis();
        }
        assertTrue(maxAbs(samples, 0, samples.length) > 3000, "the speech itself is not silent");
    }

    @Test
    void durationFitsTheWordCountAtTheSpeakingRate() throws IOException {
        Script script = TestScripts.bodyOfSentences(12);
        Timeline timeline = synthesizer.speak(script, new CollectingSink());

        double speakingMinutes = (timeline.durationMillis() - TestScripts.pauseMillis(script)) / 60_000.0;
        double wordsPerMinute = TestScripts.words(script) / speakingMinutes;
        // FreeTTS's rate counts its own units, not words, and adds ~0.4 s of silence around each sentence
        assertTrue(wordsPerMinute > 110 && wordsPerMinute < 220, "spoke " + wordsPerMinute + " words a minute");
    }

    @Test
    void aFasterRateGivesShorterAudio() throws IOException {
        Script script = TestScripts.bodyOfSentences(3);
        long normal = synthesizer.speak(script, new CollectingSink()).totalSamples();
        try (Synthesizer fast = new Synthesizer(new VoiceSettings("kevin16", 225f))) {
            long faster = fast.speak(script, new CollectingSink()).totalSamples();
            assertTrue(faster < normal * 0.8, "225 wpm gave " + faster + " samples, 150 wpm " + normal);
        }
    }

    @Test
    void chaptersStartAtTheirFirstSentenceAndTileTheAudio() throws IOException {
        Script script = TestScripts.shortArticle();
        Timeline timeline = synthesizer.speak(script, new CollectingSink());

        List<Timeline.ChapterMark> chapters = timeline.chapters();
        assertEquals(2, chapters.size());
        assertEquals("Harbour bridge reopens after repairs", chapters.get(0).title());
        assertEquals("What changed", chapters.get(1).title());
        assertEquals(0, chapters.get(0).startMillis());
        Timeline.Cue heading = timeline.cues().get(3);
        assertEquals(heading.startMillis(), chapters.get(1).startMillis());
        assertEquals(chapters.get(1).startMillis(), chapters.get(0).endMillis());
        assertEquals(timeline.durationMillis(), chapters.get(1).endMillis());
    }

    @Test
    void twoSynthesizersOnTwoThreadsMakeIdenticalAudio() throws Exception {
        Script script = TestScripts.shortArticle();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothLoaded = new CountDownLatch(2);
            List<Future<String>> hashes = pool.invokeAll(List.of(
                    () -> speakOnOwnVoice(script, bothLoaded), () -> speakOnOwnVoice(script, bothLoaded)));
            assertEquals(SHORT_ARTICLE_PCM_SHA256, hashes.get(0).get());
            assertEquals(SHORT_ARTICLE_PCM_SHA256, hashes.get(1).get());
            CollectingSink here = new CollectingSink();
            synthesizer.speak(script, here);
            assertEquals(SHORT_ARTICLE_PCM_SHA256, here.sha256());
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    private static String speakOnOwnVoice(Script script, CountDownLatch bothLoaded) throws Exception {
        try (Synthesizer own = new Synthesizer(NarratorConfig.defaults().voiceSettings())) {
            bothLoaded.countDown();
            assertTrue(bothLoaded.await(1, TimeUnit.MINUTES), "the other voice loaded");
            CollectingSink sink = new CollectingSink();
            own.speak(script, sink);
            return sink.sha256();
        }
    }

    @Test
    void volumeScalesEverySample() throws IOException {
        Script script = TestScripts.bodyOfSentences(1);
        CollectingSink full = new CollectingSink();
        synthesizer.speak(script, full);
        CollectingSink half = new CollectingSink();
        try (Synthesizer quiet = new Synthesizer(new VoiceSettings("kevin16", 150f, 100f, 0.5f))) {
            quiet.speak(script, half);
        }
        short[] loud = full.samples();
        short[] soft = half.samples();
        assertEquals(loud.length, soft.length);
        for (int i = 0; i < loud.length; i++) {
            assertEquals(Math.round(loud[i] * 0.5f), soft[i], "sample " + i);
        }
    }

    @Test
    void aFailingSinkFailsTheNarrationAndLeavesTheVoiceUsable() throws IOException {
        IOException diskFull = new IOException("disk full");
        PcmSink failing = new PcmSink() {
            @Override
            public void write(short[] samples, int offset, int length) throws IOException {
                throw diskFull;
            }

            @Override
            public void close() {
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> synthesizer.speak(TestScripts.bodyOfSentences(1), failing));
        assertSame(diskFull, thrown);

        CollectingSink sink = new CollectingSink();
        synthesizer.speak(TestScripts.bodyOfSentences(1), sink);
        assertTrue(sink.count() > 16_000);
    }

    @Test
    void speakingOnTwoThreadsAtOnceIsRefused() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PcmSink blocking = new PcmSink() {
            @Override
            public void write(short[] samples, int offset, int length) throws IOException {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Timeline> first = other.submit(() -> synthesizer.speak(TestScripts.bodyOfSentences(1), blocking));
            assertTrue(writing.await(30, TimeUnit.SECONDS));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> synthesizer.speak(TestScripts.bodyOfSentences(1), new CollectingSink()));
            assertTrue(refused.getMessage().contains("one Synthesizer per thread"));
            release.countDown();
            assertTrue(first.get(30, TimeUnit.SECONDS).totalSamples() > 0);
        } finally {
            release.countDown();
            other.shutdown();
        }
    }

    @Test
    void whatFreeTtsPrintsWhileSpeakingStaysOffTheConsole() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        try {
            // kevin16 has no h-r diphone: FreeTTS prints "Can't find diphone hh-r" to System.err
            Script script = new Script(List.of(new Script.Chapter("Croatia", List.of(
                    new Utterance("Hrvatska.", "Hrvatska.", 0, Utterance.Role.BODY)))), List.of());
            assertTrue(synthesizer.speak(script, new CollectingSink()).totalSamples() > 0);
            System.out.println("printed by the test");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("printed by the test" + System.lineSeparator(), console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownVoiceIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Synthesizer(new VoiceSettings("nobody", 150f)));
        assertTrue(e.getMessage().contains("'nobody'"), e.getMessage());
        assertTrue(e.getMessage().contains("kevin16"), e.getMessage());
    }

    @Test
    void aVoiceOfAnotherSampleRateIsRefusedWhenItSpeaks() {
        try (Synthesizer eightKilohertz = new Synthesizer(new VoiceSettings("kevin", 150f))) {
            IOException e = assertThrows(IOException.class,
                    () -> eightKilohertz.speak(TestScripts.bodyOfSentences(1), new CollectingSink()));
            assertTrue(e.getMessage().contains("16000 Hz"), e.getMessage());
        }
    }

    @Test
    void reportsEngineAndVoiceForTheMetadata() {
        assertEquals("FreeTTS 1.2.2", synthesizer.engine());
        assertEquals("kevin16", synthesizer.voiceName());
        assertNotEquals(null, synthesizer.settings());
    }

    private static int maxAbs(short[] samples, int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(samples[i]));
        }
        return max;
    }
}
