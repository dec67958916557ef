package io.github.narrator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.audio.NarrationRecorder;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.script.Script;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.watermark.WatermarkKey;

/** Real narrations (FreeTTS into MP3 and WAV) with or without the watermark, for the watermark's tests. */
public final class Narrations {

    public static final Provenance PROVENANCE = new Provenance("Narrator/test", "FreeTTS 1.2.2", "kevin16",
            NarratorConfig.defaults().get("narrator.disclosure.label"), "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
    public static final String CONTENT_HASH = "sha256:5eed1e55c0ffee0123456789abcdef0123456789abcdef0123456789abcdef";

    private Narrations() {
    }

    /** Records {@code script} into {@code dir} (narration.mp3 and narration.wav); {@code key} null for no mark. */
    public static Recording record(Path dir, Script script, WatermarkKey key) throws IOException {
        Files.createDirectories(dir);
        Article article = new Article("https://news.example/a", "https://news.example/a", "Harbour plan", null, null,
                null, "en", "News Example", null, null, List.of(new Section(null, List.of("Text."))));
        try (Synthesizer voice = new Synthesizer(NarratorConfig.defaults().voiceSettings())) {
            return new NarrationRecorder(48, true, null, key).record(voice, article, script, PROVENANCE, CONTENT_HASH,
                    dir, false);
        }
    }
}
