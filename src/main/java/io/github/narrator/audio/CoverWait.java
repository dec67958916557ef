package io.github.narrator.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a narration's cover; a cover that failed is no cover, never a failed narration. */
final class CoverWait {

    private CoverWait() {
    }

    static CoverArt.Cover await(Future<CoverArt.Cover> cover) throws IOException {
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
