package io.github.narrator.api;

import org.jspecify.annotations.Nullable;

/** What the pipeline reports about each input on its way, by the input as it was submitted. */
public interface NarrationProgress {

    /** A worker started narrating it. */
    void narrating(String input);

    /**
     * It was narrated, or was already narrated and has not changed.
     *
     * @param slug its folder under {@code articles/}, or null when not known
     */
    void done(String input, @Nullable String slug);

    /** It failed at {@code step} (fetch, extract, narrate...) for {@code reason}. */
    void failed(String input, String step, String reason);
}
