/**
 * The {@code narrator} command line (picocli): {@code run}, {@code convert}, {@code serve}, {@code verify}, {@code config} and the stage-by-stage tools.
 */
@NullMarked
package io.github.narrator.cli;

import org.jspecify.annotations.NullMarked;
