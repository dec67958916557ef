/**
 * Which articles were narrated already: URL keys, content hashes and the ledger of narrations.
 */
@NullMarked
package io.github.narrator.dedupe;

import org.jspecify.annotations.NullMarked;
