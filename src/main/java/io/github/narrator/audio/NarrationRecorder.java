package io.github.narrator.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.narrator.extract.Article;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.script.Script;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;

/**
 * Records one narration into a folder: the voice speaks the script straight into the MP3 encoder
 * (nothing is held in memory), then the MP3 gets its ID3 tags, chapters included.
 */
public class NarrationRecorder {

    public static final String MP3_NAME = "narration.mp3";

    private final int bitrateKbps;
    private final Id3Tagger tagger = new Id3Tagger();

    public NarrationRecorder(int bitrateKbps) {
        this.bitrateKbps = bitrateKbps;
    }

    public Recording record(Synthesizer voice, Article article, Script script, Provenance provenance, Path dir)
            throws IOException {
        Path untagged = AtomicFiles.temporaryFor(dir.resolve(MP3_NAME));
        try {
            Timeline timeline;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(untagged), 1 << 16);
                 Mp3Encoder mp3 = new Mp3Encoder(out, bitrateKbps)) {
                timeline = voice.speak(script, mp3);
            }
            Path tagged = dir.resolve(MP3_NAME);
            tagger.tag(untagged, tagged, tags(article, provenance, timeline));
            return new Recording(tagged, null, timeline);
        } finally {
            Files.deleteIfExists(untagged);
        }
    }

    private static AudioTags tags(Article article, Provenance provenance, Timeline timeline) {
        return new AudioTags(
                article.title(),
                provenance.voiceArtist(),
                article.siteName(),
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate().toString(),
                article.canonicalUrl(),
                provenance.disclosureLabel(),
                provenance.digitalSourceType(),
                provenance.ttsEngine(),
                provenance.voice(),
                provenance.generator(),
                timeline.chapters(),
                null);
    }
}
