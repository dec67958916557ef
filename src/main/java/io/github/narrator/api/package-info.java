/**
 * The submit API ({@code POST /api/narrations}): a CMS asks for a narration when it publishes, and
 * follows it by a status URL. Plain Java: the request's checks (token, size, rate, JSON, source
 * policy) and the status of each submission. The server ({@code serve}) carries the HTTP; the
 * pipeline takes the accepted URLs ({@link io.github.narrator.api.SubmissionSink}) and reports how
 * each ended ({@link io.github.narrator.api.NarrationProgress}).
 */
@NullMarked
package io.github.narrator.api;

import org.jspecify.annotations.NullMarked;
