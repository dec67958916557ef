/**
 * The site built from the published narrations: podcast feeds and their archives, per-source feeds, playlists and the player pages.
 */
@NullMarked
package io.github.narrator.publish.site;

import org.jspecify.annotations.NullMarked;
