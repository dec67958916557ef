/**
 * The script stage: an article into what the narrator will say, sentence by sentence, with the disclosure.
 */
@NullMarked
package io.github.narrator.script;

import org.jspecify.annotations.NullMarked;
