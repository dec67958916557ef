package io.github.narrator.publish.site;

import java.nio.file.Path;

import io.github.narrator.publish.NarrationMetadata;

/**
 * One line of the catalogue: what the feed and the lists need of a narration, so that they are
 * written without reading its folder. The metadata is kept without its file list, chapters and
 * notes (the player page, written with the narration, has those).
 */
record CatalogueEntry(String slug, long mp3Bytes, boolean transcript, boolean chapters, boolean sentences,
        NarrationMetadata metadata) {

    static CatalogueEntry of(PublishedNarration narration) {
        NarrationMetadata m = narration.metadata();
        NarrationMetadata slim = new NarrationMetadata(m.id(), m.guid(), m.sourceUrl(), m.source(), m.canonicalUrl(),
                m.title(), m.byline(), m.siteName(), m.publishedAt(), m.modifiedAt(), m.language(), m.description(),
                m.leadImageUrl(), m.wordCount(), m.durationSeconds(), null, null, m.voice(), m.ttsEngine(), m.generator(),
                m.generatedAt(), m.contentHash(), m.aiDisclosure(), null, m.episodePublishedAt(), m.image(), m.imageNote());
        return new CatalogueEntry(narration.slug(), narration.mp3Bytes(), narration.transcript(), narration.chapters(),
                narration.sentences(), slim);
    }

    PublishedNarration narration(Path articlesDir) {
        return new PublishedNarration(slug, articlesDir.resolve(slug), metadata, mp3Bytes, transcript, chapters, sentences);
    }
}
