package io.github.narrator.pipeline;

import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.audio.NarrationRecorder;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.script.Script;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.speech.Synthesizer;

/**
 * The narration time limit stops real FreeTTS synthesis and MP3 encoding in the middle (the worker
 * thread is interrupted, which closes the MP3 file being written), and the worker's voice still
 * narrates its next article afterwards.
 */
class NarrateTimeLimitTest {

    private static final Provenance PROVENANCE = new Provenance("Narrator test", "FreeTTS 1.2.2", "kevin16",
            NarratorConfig.defaults().get("narrator.disclosure.label"), "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // without the limit the long article takes minutes
    void aNarrationPastItsLimitIsStoppedAndTheVoiceNarratesTheNextOne() throws Exception {
        Article endless = article(Collections.nCopies(2000,
                "The council will meet again next week to discuss the harbour district and its future, the mayor said."));
        Article next = article(List.of("The ferry will run again on Monday."));
        NarrationRecorder recorder = new NarrationRecorder(48, false, null);
        ScriptWriter writer = new ScriptWriter(NarratorConfig.defaults().scriptSettings());
        try (StageTimeLimit limit = new StageTimeLimit(); Synthesizer voice = new Synthesizer(NarratorConfig.defaults().voiceSettings())) {
            Script longScript = writer.write(endless);
            Path first = Files.createDirectories(work.resolve("first"));
            assertThrows(StageTimeLimit.StageTimeoutException.class, () -> limit.onThisThread("narrate", Duration.ofSeconds(1),
                    () -> recorder.record(voice, endless, longScript, PROVENANCE, "sha256:0123456789", first, false)));

            Path second = Files.createDirectories(work.resolve("second"));
            Recording recording = limit.onThisThread("narrate", Duration.ofSeconds(30),
                    () -> recorder.record(voice, next, writer.write(next), PROVENANCE, "sha256:89abcdef01", second, false));
            assertTrue(Files.size(recording.mp3()) > 1000, "the voice still works after an interrupted narration");
        }
    }

    private static Article article(List<String> paragraphs) {
        return new Article("https://news.example/a", "https://news.example/a", "Harbour plan", null, null, null, "en",
                "News Example", null, null, List.of(new Section(null, paragraphs)));
    }
}
