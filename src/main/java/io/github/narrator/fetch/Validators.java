package io.github.narrator.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What the server said identifies this version of a page: sent back on the next fetch to get a 304.
 * A validator the server did not send is null.
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
