/**
 * The extract stage: a news page's HTML in, an {@link io.github.narrator.extract.Article} out, or an
 * {@link io.github.narrator.extract.ExtractionException} saying why the page is not one.
 *
 * <p>{@link io.github.narrator.extract.ArticleExtractor} reads the metadata (JSON-LD, then OpenGraph,
 * then meta tags, then the DOM), cuts the body into text blocks, picks the element whose prose most
 * outweighs its clutter, drops what inside it is not article text (captions, labels, prompts,
 * "More stories" lists, pull quotes that repeat the body), checks the result against the JSON-LD
 * {@code articleBody}, and refuses indexes, error pages, paywall stubs and, by
 * {@link io.github.narrator.extract.ExtractorSettings}, languages the voice cannot read.
 * {@link io.github.narrator.extract.ExtractionBenchmark} measures it on a folder of pages.
 */
@NullMarked
package io.github.narrator.extract;

import org.jspecify.annotations.NullMarked;
