/**
 * Text normalisation: numbers, dates, times, money, measures, initialisms and other written forms into the words a voice says.
 */
@NullMarked
package io.github.narrator.script.normalize;

import org.jspecify.annotations.NullMarked;
