package io.github.narrator.pipeline;

import io.github.narrator.extract.Article;
import io.github.narrator.fetch.Validators;
import io.github.narrator.script.Script;

/**
 * One article ready to be narrated: what crosses the work queue from the ingest side (fetch,
 * extract, script, dedupe) to the narration side (synthesise, encode, publish). Plain records only,
 * so it travels as JSON over a broker as well as by reference through SEDA.
 *
 * @param input       the URL or file as the source gave it (failures are filed under it)
 * @param source      the id of the source route that found it (recorded in its metadata)
 * @param sourceUrl   the URL the page was finally read from
 * @param validators  the page's ETag / Last-Modified, remembered once it is narrated
 */
public record NarrationTask(String input, String source, String sourceUrl, Article article, Script script, String contentHash,
                            Validators validators) {
}
