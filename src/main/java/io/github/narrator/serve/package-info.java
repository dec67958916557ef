/**
 * The static server for the output folder: ranges, validators, compression, link rewriting and request limits (Jetty core).
 */
@NullMarked
package io.github.narrator.serve;

import org.jspecify.annotations.NullMarked;
