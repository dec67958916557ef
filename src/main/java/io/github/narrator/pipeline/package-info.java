/**
 * The Camel routes that join the stages: sources, the ingest steps, the work queue, the narrating workers and failure records. The only package that imports Camel.
 */
@NullMarked
package io.github.narrator.pipeline;

import org.jspecify.annotations.NullMarked;
