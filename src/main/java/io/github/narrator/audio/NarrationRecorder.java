package io.github.narrator.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import io.github.narrator.extract.Article;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.files.PublicUrl;
import io.github.narrator.script.Script;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;
import io.github.narrator.watermark.Payload;
import io.github.narrator.watermark.WatermarkKey;
import io.github.narrator.watermark.WatermarkingSink;

import org.jspecify.annotations.Nullable;

/**
 * Records one narration into a folder: the voice speaks the script through the loudness stage and the
 * watermark straight into the MP3 encoder (on a thread of its own, when asked) and the WAV writer, when
 * on, so nothing is held in memory; then the MP3 gets its ID3 tags, chapters and cover included, and
 * its Xing/LAME Info frame. The cover is looked for while the voice speaks.
 */
public class NarrationRecorder {

    private final int bitrateKbps;
    private final boolean wav;
    private final CoverArt coverArt;
    private final Loudness loudness;
    private final @Nullable WatermarkKey watermarkKey;
    private final Id3Tagger tagger = new Id3Tagger();

    /** At podcast loudness, marked with the published default key. @param coverImage JPEG or PNG for the APIC frame; null for none */
    public NarrationRecorder(int bitrateKbps, boolean wav, byte @Nullable [] coverImage) {
        this(bitrateKbps, wav, coverImage, Loudness.podcast(), WatermarkKey.DEFAULT);
    }

    /** At podcast loudness. @param watermarkKey the watermark's key; null for no mark (measurements only) */
    public NarrationRecorder(int bitrateKbps, boolean wav, byte @Nullable [] coverImage, @Nullable WatermarkKey watermarkKey) {
        this(bitrateKbps, wav, coverImage, Loudness.podcast(), watermarkKey);
    }

    /**
     * @param coverImage   JPEG or PNG for the APIC frame; null for none
     * @param loudness     the level every narration is brought to
     * @param watermarkKey the key of the inaudible watermark; null for no mark (measurements only)
     */
    public NarrationRecorder(int bitrateKbps, boolean wav, byte @Nullable [] coverImage, Loudness loudness,
                             @Nullable WatermarkKey watermarkKey) {
        this(bitrateKbps, wav, CoverArt.fixed(coverImage), loudness, watermarkKey, true);
    }

    private NarrationRecorder(int bitrateKbps, boolean wav, CoverArt coverArt, Loudness loudness,
                              @Nullable WatermarkKey watermarkKey, boolean unused) {
        this.bitrateKbps = bitrateKbps;
        this.wav = wav;
        this.coverArt = coverArt;
        this.loudness = loudness;
        this.watermarkKey = watermarkKey;
    }

    /** A recorder whose narrations each get the picture {@code coverArt} finds for them (ID3 APIC). */
    public static NarrationRecorder withCoverArt(int bitrateKbps, boolean wav, CoverArt coverArt, Loudness loudness,
                                                 @Nullable WatermarkKey watermarkKey) {
        return new NarrationRecorder(bitrateKbps, wav, coverArt, loudness, watermarkKey, true);
    }

    /**
     * @param encoderThread encode the MP3 on a thread of its own, beside synthesis: faster when a core
     *                      is idle, a copy of the samples for nothing when every core is busy anyway
     * @param contentHash   the narration's content hash: the watermark's narration id is its first 32 bits
     */
    public Recording record(Synthesizer voice, Article article, Script script, Provenance provenance, String contentHash,
                            Path dir, boolean encoderThread) throws IOException {
        Path untagged = AtomicFiles.temporaryFor(dir.resolve(NarrationFiles.MP3));
        Future<CoverArt.Cover> pendingCover = coverArt.find(article, dir);
        try {
            Timeline timeline;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(untagged), 1 << 16)) {
                List<PcmSink> sinks = new ArrayList<>();
                Mp3Encoder encoder = new Mp3Encoder(out, bitrateKbps);
                sinks.add(encoderThread ? new BackgroundSink(encoder, "narrator-mp3-encoder") : encoder);
                if (wav) {
                    sinks.add(new WavWriter(dir.resolve(NarrationFiles.WAV)));
                }
                // voice -> loudness -> watermark -> encoders: the mark follows the level the listener hears
                PcmSink encoders = sinks.size() == 1 ? sinks.get(0) : new FanOutSink(sinks);
                try (PcmSink sink = loudness.shape(watermarked(encoders, contentHash))) {
                    timeline = voice.speak(script, sink);
                }
            }
            Path tagged = dir.resolve(NarrationFiles.MP3);
            CoverArt.Cover cover = CoverWait.await(pendingCover);
            tagger.tag(untagged, tagged, tags(article, provenance, timeline, cover.image()), timeline.totalSamples());
            return new Recording(tagged, wav ? dir.resolve(NarrationFiles.WAV) : null, timeline, cover);
        } finally {
            pendingCover.cancel(true);
            Files.deleteIfExists(untagged);
        }
    }

    private PcmSink watermarked(PcmSink sink, String contentHash) {
        return watermarkKey == null ? sink : new WatermarkingSink(sink, Payload.forNarration(contentHash), watermarkKey);
    }

    private AudioTags tags(Article article, Provenance provenance, Timeline timeline, byte @Nullable [] coverImage) {
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
