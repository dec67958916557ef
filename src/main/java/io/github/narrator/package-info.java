/**
 * Narrator: news articles in, narrated audio with a feed and a player out. {@link io.github.narrator.NarratorVersion} names the build.
 */
@NullMarked
package io.github.narrator;

import org.jspecify.annotations.NullMarked;
