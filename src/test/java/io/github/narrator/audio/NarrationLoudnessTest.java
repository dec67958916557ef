package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.extract.Article;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.script.Script;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.testing.Narrations;
import io.github.narrator.watermark.WatermarkKey;

/**
 * A real narration (a sample article, spoken by the voice, through the loudness stage into MP3 and
 * WAV) measured with FFmpeg's EBU R128 meter: podcast loudness, the true peak under its ceiling; and
 * the Java meter the stage steers by reads the WAV as FFmpeg does.
 */
class NarrationLoudnessTest {

    private static final Path SAMPLE = Path.of("samples", "articles", "arc-fed-rates.html");
    private static final Provenance PROVENANCE = new Provenance("Narrator test", "FreeTTS 1.2.2", "kevin16",
            NarratorConfig.defaults().get("narrator.disclosure.label"), AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA);

    @TempDir
    static Path dir;
    private static Synthesizer voice;
    private static Article article;
    private static Script script;

    @BeforeAll
    static void load() throws Exception {
        voice = new Synthesizer(NarratorConfig.defaults().voiceSettings());
        article = new ArticleExtractor(NarratorConfig.defaults().extractorSettings()).extract(Files.readString(SAMPLE, StandardCharsets.UTF_8), "https://news.example/fed");
        script = new ScriptWriter(NarratorConfig.defaults().scriptSettings()).write(article);
    }

    @AfterAll
    static void unload() {
        voice.close();
    }

    @Test
    void aNarrationReachesPodcastLoudnessWithItsTruePeakUnderTheCeiling() throws Exception {
        Ebur128.requireFfmpeg();
        Path out = Files.createDirectories(dir.resolve("podcast"));
        new NarrationRecorder(48, true, null, Loudness.podcast(), WatermarkKey.DEFAULT)
                .record(voice, article, script, PROVENANCE, Narrations.CONTENT_HASH, out, false);

        Ebur128.Reading mp3 = Ebur128.of(out.resolve(NarrationFiles.MP3));
        Ebur128.Reading wav = Ebur128.of(out.resolve(NarrationFiles.WAV));
        assertEquals(-16, wav.integratedLufs(), 0.5, "WAV " + wav);
        assertEquals(-16, mp3.integratedLufs(), 1.0, "MP3 " + mp3);
        assertTrue(wav.truePeakDbtp() <= -1.0, "WAV " + wav);
        assertTrue(mp3.truePeakDbtp() <= -1.0, "MP3 " + mp3);

        LoudnessMeter meter = new LoudnessMeter(16_000);
        for (short sample : wavSamples(out.resolve(NarrationFiles.WAV))) {
            meter.add(sample / 32768.0);
        }
        assertEquals(wav.integratedLufs(), meter.integratedLufs(), 0.3, "the Java meter agrees with FFmpeg's");
        assertEquals(wav.truePeakDbtp(), meter.truePeakDb(), 0.5, "true peak, Java and FFmpeg");
    }

    @Test
    void aMonoTargetIsReachedToo() throws Exception {
        Ebur128.requireFfmpeg();
        CollectingSink spoken = new CollectingSink();
        voice.speak(script, spoken);
        Path wav = dir.resolve("mono.wav");
        try (PcmSink sink = new Loudness(-19, -1, true).shape(new WavWriter(wav))) {
            sink.write(spoken.samples(), 0, spoken.count());
        }
        Ebur128.Reading reading = Ebur128.of(wav);
        assertEquals(-19, reading.integratedLufs(), 0.5, "WAV " + reading);
        assertTrue(reading.truePeakDbtp() <= -1.0, "WAV " + reading);
    }

    private static short[] wavSamples(Path wav) throws Exception {
        byte[] bytes = Files.readAllBytes(wav);
        ByteBuffer data = ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[data.remaining() / 2];
        data.asShortBuffer().get(samples);
        return samples;
    }
}
