/**
 * The settings catalogue and the effective configuration: defaults, files, {@code --set}, validation and where each value came from.
 */
@NullMarked
package io.github.narrator.config;

import org.jspecify.annotations.NullMarked;
