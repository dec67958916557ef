/**
 * {@code narrator bench}: the speed, memory and quality figures and the targets they are held to.
 */
@NullMarked
package io.github.narrator.bench;

import org.jspecify.annotations.NullMarked;
