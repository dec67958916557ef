/**
 * {@code narrator verify}: download or read an audio file and check its disclosure tags, metadata and watermark.
 */
@NullMarked
package io.github.narrator.verify;

import org.jspecify.annotations.NullMarked;
