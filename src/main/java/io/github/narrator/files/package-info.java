/**
 * Files the stages share: atomic writes, the output lock, JSON, media types and the names of a narration's files.
 */
@NullMarked
package io.github.narrator.files;

import org.jspecify.annotations.NullMarked;
