package io.github.narrator.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.narrator.extract.Article;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.files.PublicUrl;
import io.github.narrator.script.Script;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;

/**
 * Records one narration into a folder: the voice speaks the script straight into the MP3 encoder
 * (on a thread of its own, when asked) and the WAV writer, when on, so nothing is held in memory;
 * then the MP3 gets its ID3 tags, chapters included.
 */
public class NarrationRecorder {

    private final int bitrateKbps;
    private final boolean wav;
    private final byte[] coverImage;
    private final Id3Tagger tagger = new Id3Tagger();

    /** @param coverImage JPEG or PNG for the APIC frame, or null for none */
    public NarrationRecorder(int bitrateKbps, boolean wav, byte[] coverImage) {
        this.bitrateKbps = bitrateKbps;
        this.wav = wav;
        this.coverImage = coverImage;
    }

    /**
     * @param encoderThread encode the MP3 on a thread of its own, beside synthesis: faster when a core
     *                      is idle, a copy of the samples for nothing when every core is busy anyway
     */
    public Recording record(Synthesizer voice, Article article, Script script, Provenance provenance, Path dir,
                            boolean encoderThread) throws IOException {
        Path untagged = AtomicFiles.temporaryFor(dir.resolve(NarrationFiles.MP3));
        try {
            Timeline timeline;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(untagged), 1 << 16)) {
                List<PcmSink> sinks = new ArrayList<>();
                Mp3Encoder encoder = new Mp3Encoder(out, bitrateKbps);
                sinks.add(encoderThread ? new BackgroundSink(encoder, "narrator-mp3-encoder") : encoder);
                if (wav) {
                    sinks.add(new WavWriter(dir.resolve(NarrationFiles.WAV)));
                }
                try (PcmSink sink = sinks.size() == 1 ? sinks.get(0) : new FanOutSink(sinks)) {
                    timeline = voice.speak(script, sink);
                }
            }
            Path tagged = dir.resolve(NarrationFiles.MP3);
            tagger.tag(untagged, tagged, tags(article, provenance, timeline));
            return new Recording(tagged, wav ? dir.resolve(NarrationFiles.WAV) : null, timeline);
        } finally {
            Files.deleteIfExists(untagged);
        }
    }

    private AudioTags tags(Article article, Provenance provenance, Timeline timeline) {
        return new AudioTags(
                article.title(),
                provenance.voiceArtist(),
                article.siteName(),
                article.publishedAt() == null ? null : article.publishedAt().toString(),
                PublicUrl.of(article.canonicalUrl()), // the tags travel with the file: no local paths
                provenance.disclosureLabel(),
                provenance.digitalSourceType(),
                provenance.ttsEngine(),
                provenance.voice(),
                provenance.generator(),
                timeline.chapters(),
                coverImage);
    }
}
