package io.github.narrator.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;

/** Waits for a narration's cover; a cover that failed is no cover, never a failed narration. */
final class CoverWait {

    private CoverWait() {
    }

    /** Runs the search here when no other thread has started it (see {@link CoverArt#find}), then waits for it. */
    static CoverArt.Cover await(Future<CoverArt.Cover> cover) throws IOException {
        if (cover instanceof RunnableFuture<?> notStarted) {
            notStarted.run(); // does nothing once started elsewhere
        }
        try {
            return cover.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the narration's cover");
        } catch (ExecutionException e) {
            return new CoverArt.Cover(null, null, "no cover: " + e.getCause());
        }
    }
}
