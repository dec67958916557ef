/**
 * Cover art: the channel's cover and each episode's square picture made from the article's own image.
 */
@NullMarked
package io.github.narrator.publish.artwork;

import org.jspecify.annotations.NullMarked;
