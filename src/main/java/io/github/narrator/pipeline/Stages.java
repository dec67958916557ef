package io.github.narrator.pipeline;

import java.nio.file.Path;
import java.util.Optional;

import io.github.narrator.audio.NarrationRecorder;
import io.github.narrator.audio.Provenance;
import io.github.narrator.config.NarratorConfig;
import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.fetch.FeedReader;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.publish.FailureRecorder;
import io.github.narrator.publish.Publisher;
import io.github.narrator.publish.artwork.ChannelCover;
import io.github.narrator.publish.artwork.EpisodeArtwork;
import io.github.narrator.publish.site.FeedSettings;
import io.github.narrator.publish.site.SiteBuilder;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.speech.Pronouncer;
import io.github.narrator.speech.SpokenLabel;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.VoiceSettings;
import io.github.narrator.watermark.WatermarkKey;

import org.jspecify.annotations.Nullable;

/**
 * The plain-Java stages the routes call, built once from the configuration. The stages know
 * nothing of Camel; this is where the pipeline gets hold of them.
 */
public record Stages(
        NarratorConfig config,
        PageFetcher fetcher,
        FeedReader feedReader,
        ArticleExtractor extractor,
        ScriptWriter scriptWriter,
        NarrationLedger ledger,
        NarrationRecorder recorder,
        Publisher publisher,
        FailureRecorder failures,
        SiteBuilder site,
        VoiceSettings voice,
        Provenance provenance) {

    public static Stages from(NarratorConfig config) {
        Path out = config.outDir();
        VoiceSettings voice = config.voiceSettings();
        ScriptWriter scriptWriter = new ScriptWriter(config.scriptSettings());
        FeedSettings feed = config.feedSettings();
        Optional<Path> cover = feed.coverImageFile(); // checked now: a cover Apple would refuse stops the run
        PageFetcher fetcher = new PageFetcher(config.fetchSettings(), config.politenessSettings());
        SiteBuilder site = new SiteBuilder(out, feed, config.sourceFeedSettings());
        return new Stages(
                config,
                fetcher,
                new FeedReader(config.getInt("narrator.source.max-items")),
                new ArticleExtractor(config.extractorSettings()),
                scriptWriter,
                new NarrationLedger(out.resolve("state"), config.getDuration("narrator.claim-lifetime")),
                NarrationRecorder.withCoverArt(config.mp3BitrateKbps(), config.wavEnabled(), new EpisodeArtwork(fetcher,
                        () -> ChannelCover.bytes(cover, feed.title(), out.resolve(SiteBuilder.STATE)),
                        config.getBoolean("narrator.artwork.lead-image")), config.loudness(), watermarkKey(config)),
                new Publisher(out, site.listing()),
                new FailureRecorder(out.resolve("failed")),
                site,
                voice,
                new Provenance(NarratorConfig.generator(), Synthesizer.ENGINE_NAME + " " + Synthesizer.ENGINE_VERSION, voice.voiceName(),
                        config.get("narrator.disclosure.label"), config.digitalSourceType()));
    }

    /**
     * Throws unless {@code voice} says the disclosure label as written (a label it would mispronounce
     * would mark every narration wrongly, unnoticed). The runner checks it with the first worker's voice
     * as that loads, before any narration, rather than loading a voice of its own for it (0.2 to 1 s).
     *
     * @throws IllegalArgumentException naming the label and what the voice would get wrong
     */
    public void checkDisclosureIsHeard(Synthesizer voice) {
        String label = config.scriptSettings().disclosureLabel();
        try (Pronouncer pronouncer = voice.pronouncer()) {
            SpokenLabel.check(label, scriptWriter.voiceText(label), pronouncer);
        }
    }

    /**
     * The watermark's key: a publisher's own ({@code narrator.watermark.key}) or the published default;
     * none when {@code narrator.watermark.enabled} is false (for measurements only).
     */
    public static @Nullable WatermarkKey watermarkKey(NarratorConfig config) {
        if (!config.getBoolean("narrator.watermark.enabled")) {
            return null;
        }
        String secret = config.get("narrator.watermark.key", "");
        return secret.isEmpty() ? WatermarkKey.DEFAULT : WatermarkKey.privateKey(secret);
    }

    /** The same stages with another recorder (tests make narration fail on purpose with it). */
    public Stages withRecorder(NarrationRecorder otherRecorder) {
        return new Stages(config, fetcher, feedReader, extractor, scriptWriter, ledger, otherRecorder, publisher,
                failures, site, voice, provenance);
    }
}
