/**
 * The fetch stage: pages, feeds, sitemaps and URL lists over HTTP or from local files, within the source's policy (addresses, sizes, time limits, robots.txt, politeness).
 */
@NullMarked
package io.github.narrator.fetch;

import org.jspecify.annotations.NullMarked;
