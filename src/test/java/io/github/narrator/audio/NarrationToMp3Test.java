package io.github.narrator.audio;

import io.github.narrator.testing.Prerequisites;
import io.github.narrator.config.NarratorConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.TestScripts;
import io.github.narrator.speech.Timeline;

/** A script spoken once into MP3, WAV and memory at the same time, then checked by decoding. */
class NarrationToMp3Test {

    /** LAME's encoder delay plus mpglib's decoder delay, in samples. */
    private static final int CODEC_DELAY = 576 + 529;
    /** MP3 frames overlap by half a frame: leave that much either side of a pause unchecked. */
    private static final int SMEAR = 576;

    @TempDir
    static Path dir;
    private static final Script SCRIPT = TestScripts.shortArticle();
    private static Timeline timeline;
    private static short[] pcm;
    private static byte[] mp3;

    @BeforeAll
    static void narrate() throws IOException {
        ByteArrayOutputStream mp3Out = new ByteArrayOutputStream();
        CollectingSink memory = new CollectingSink();
        try (Synthesizer synthesizer = new Synthesizer(NarratorConfig.defaults().voiceSettings());
             FanOutSink sinks = new FanOutSink(new Mp3Encoder(mp3Out, NarratorConfig.defaults().mp3BitrateKbps()),
                     new WavWriter(dir.resolve("narration.wav")), memory)) {
            timeline = synthesizer.speak(SCRIPT, sinks);
        }
        pcm = memory.samples();
        mp3 = mp3Out.toByteArray();
        Files.write(dir.resolve("untagged.mp3"), mp3);
    }

    @Test
    void theMp3DecodesToAllTheSpeech() {
        List<MpegFrames.Frame> frames = MpegFrames.of(mp3);
        assertTrue(frames.stream().allMatch(f -> f.bitrateKbps() == 48 && f.sampleRate() == 16_000 && f.mono()));
        short[] decoded = Mp3Decoding.decode(mp3);
        assertEquals(frames.size() * MpegFrames.SAMPLES_PER_FRAME, decoded.length);
        long extra = decoded.length - timeline.totalSamples();
        assertTrue(extra >= 576 && extra < 576 + 2 * MpegFrames.SAMPLES_PER_FRAME,
                "decoded " + decoded.length + " samples for " + timeline.totalSamples() + " spoken");
    }

    @Test
    void durationFitsTheWordCountAtTheSpeakingRate() {
        double mp3Seconds = MpegFrames.of(mp3).size() * (double) MpegFrames.SAMPLES_PER_FRAME / 16_000;
        double speakingMinutes = (mp3Seconds - TestScripts.pauseMillis(SCRIPT) / 1000.0) / 60;
        double wordsPerMinute = TestScripts.words(SCRIPT) / speakingMinutes;
        assertTrue(wordsPerMinute > 110 && wordsPerMinute < 220, "spoke " + wordsPerMinute + " words a minute");
    }

    @Test
    void pausesAreSilentInTheDecodedMp3AndSpeechIsNot() {
        short[] decoded = Mp3Decoding.decode(mp3);
        List<Utterance> utterances = SCRIPT.utterances();
        long previousEnd = 0;
        for (int i = 0; i < utterances.size(); i++) {
            Timeline.Cue cue = timeline.cues().get(i);
            if (utterances.get(i).pauseBeforeMillis() >= 500) {
                int from = (int) (previousEnd * 16) + CODEC_DELAY + SMEAR;
                int to = (int) (cue.startMillis() * 16) + CODEC_DELAY - SMEAR;
                assertTrue(to - from > 6000, "pause before cue " + i + " is only " + (to - from) + " samples");
                assertTrue(rms(decoded, from, to) < 30, "pause before cue " + i + " is not silent: rms "
                        + rms(decoded, from, to));
            }
            int from = (int) (cue.startMillis() * 16) + CODEC_DELAY;
            int to = (int) (cue.endMillis() * 16) + CODEC_DELAY;
            assertTrue(rms(decoded, from, to) > 300, "cue " + i + " is silent");
            previousEnd = cue.endMillis();
        }
    }

    @Test
    void theWavHoldsExactlyThePcm() throws IOException {
        byte[] wav = Files.readAllBytes(dir.resolve("narration.wav"));
        short[] samples = new short[(wav.length - 44) / 2];
        ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        assertArrayEquals(pcm, samples);
        assertEquals(timeline.totalSamples(), samples.length);
    }

    @Test
    void ffprobeSeesTheDurationAndChaptersOfTheTaggedFile() throws Exception {
        Prerequisites.tool("ffprobe", "-version");
        Path tagged = dir.resolve("narration.mp3");
        new Id3Tagger().tag(dir.resolve("untagged.mp3"), tagged, Id3TaggerTest.tags(timeline.chapters(), null));

        JsonNode probe = Ffprobe.probe(tagged);
        assertEquals(timeline.durationMillis() / 1000.0, probe.at("/format/duration").asDouble(), 0.15);
        assertEquals("mp3", probe.at("/streams/0/codec_name").asText());
        assertEquals(16_000, probe.at("/streams/0/sample_rate").asInt());
        assertEquals(1, probe.at("/streams/0/channels").asInt());
        assertEquals(48_000, probe.at("/streams/0/bit_rate").asInt());
        JsonNode chapters = probe.get("chapters");
        assertEquals(timeline.chapters().size(), chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            Timeline.ChapterMark mark = timeline.chapters().get(i);
            assertEquals(mark.title(), chapters.get(i).at("/tags/title").asText());
            assertEquals(mark.startMillis(), chapters.get(i).get("start").asLong());
            assertEquals(mark.endMillis(), chapters.get(i).get("end").asLong());
        }
    }

    private static double rms(short[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
