package io.github.narrator.fetch;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A page could not be fetched. {@link #retryable()} says whether trying again later may help
 * (time-outs, 5xx, 429); {@link #retryAfter()} is the server's own hint, when it gave one.
 */
public class FetchException extends IOException {

    private final String url;
    private final int status;
    private final boolean retryable;
    private final @Nullable Duration retryAfter;

    public FetchException(String url, String reason, int status, boolean retryable, @Nullable Duration retryAfter) {
        super(url + ": " + reason);
        this.url = url;
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static FetchException permanent(String url, String reason) {
        return new FetchException(url, reason, 0, false, null);
    }

    public static FetchException transientFailure(String url, String reason) {
        return new FetchException(url, reason, 0, true, null);
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when the failure happened before or outside HTTP. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The delay the server asked for (Retry-After); null when it asked for none. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
