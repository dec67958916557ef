package io.github.narrator.fetch;

/**
 * A response body read up to a byte limit: the rest is never downloaded, so a 50 MB page costs
 * only the limit in memory.
 *
 * @param truncated whether the body went on past the limit
 */
record CappedBody(byte[] bytes, boolean truncated) {
}
