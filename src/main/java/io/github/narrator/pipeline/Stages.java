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
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.VoiceSettings;

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
        FeedSettings feed = config.feedSettings();
        Optional<Path> cover = feed.coverImageFile(); // checked now: a cover Apple would refuse stops the run
        PageFetcher fetcher = new PageFetcher(config.fetchSettings());
        SiteBuilder site = new SiteBuilder(out, feed, config.sourceFeedSettings());
        return new Stages(
                config,
                fetcher,
                new FeedReader(config.getInt("narrator.source.max-items")),
                new ArticleExtractor(config.extractorSettings()),
                new ScriptWriter(config.scriptSettings()),
                new NarrationLedger(out.resolve("state"), config.getDuration("narrator.claim-lifetime")),
                NarrationRecorder.withCoverArt(config.mp3BitrateKbps(), config.wavEnabled(), new EpisodeArtwork(fetcher,
                        () -> ChannelCover.bytes(cover, feed.title(), out.resolve(SiteBuilder.STATE)),
                        config.getBoolean("narrator.artwork.lead-image"))),
                new Publisher(out, site.listing()),
                new FailureRecorder(out.resolve("failed")),
                site,
                voice,
                new Provenance(NarratorConfig.generator(), Synthesizer.ENGINE_NAME + " " + Synthesizer.ENGINE_VERSION, voice.voiceName(),
                        config.get("narrator.disclosure.label"), config.digitalSourceType()));
    }

    /** The same stages with another recorder (tests make narration fail on purpose with it). */
    public Stages withRecorder(NarrationRecorder otherRecorder) {
        return new Stages(config, fetcher, feedReader, extractor, scriptWriter, ledger, otherRecorder, publisher,
                failures, site, voice, provenance);
    }
}
