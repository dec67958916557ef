package io.github.narrator.fetch;

/** What the server said identifies this version of a page: sent back on the next fetch to get a 304. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
