package io.github.narrator.pipeline;

import io.github.narrator.extract.Article;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.script.Script;

import org.jspecify.annotations.Nullable;

/**
 * One article on its way from its source to the work queue: the body of the ingest route. Each step
 * fills in what it found and hands the item on, so every step (and a failure record) knows where the
 * article came from without reading anything but the body.
 *
 * @param input       the URL or file as the source gave it: progress, failure records and the ledger know it by this
 * @param source      the id of the source route that found it
 * @param policy      what the input may be fetched under
 * @param page        the page as fetched; null before the fetch step
 * @param article     the article extracted from the page; null before the extract step
 * @param script      what the narrator will say; null before the script step
 * @param contentHash the hash this version of the article is narrated under; null before the hash step
 */
record IngestItem(String input, String source, SourcePolicy policy, @Nullable FetchedPage page, @Nullable Article article,
                  @Nullable Script script, @Nullable String contentHash) {

    /** An article a source found, not yet fetched. */
    IngestItem(String input, String source, SourcePolicy policy) {
        this(input, source, policy, null, null, null, null);
    }

    IngestItem withPage(FetchedPage fetched) {
        return new IngestItem(input, source, policy, fetched, article, script, contentHash);
    }

    IngestItem withArticle(Article extracted) {
        return new IngestItem(input, source, policy, page, extracted, script, contentHash);
    }

    IngestItem withScript(Script written) {
        return new IngestItem(input, source, policy, page, article, written, contentHash);
    }

    IngestItem withContentHash(String hash) {
        return new IngestItem(input, source, policy, page, article, script, hash);
    }

    /** What crosses the work queue to a narration worker, once every step has filled its part in. */
    NarrationTask task() {
        return new NarrationTask(input, source, page.finalUrl(), article, script, contentHash, page.validators());
    }
}
