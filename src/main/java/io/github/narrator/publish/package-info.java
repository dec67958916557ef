/**
 * The publish stage: a narration's folder (audio, metadata, transcript, captions, chapters) and the failure records.
 */
@NullMarked
package io.github.narrator.publish;

import org.jspecify.annotations.NullMarked;
