package io.github.narrator.fetch;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * A link as a feed, sitemap or URL list gives it, made absolute against the document's own URL. A
 * link that is no URL is not dropped but kept as written (beside the document when it is relative):
 * it then fails on its own when fetched, recorded with the reason, and the links around it are read
 * as usual. One bad entry costs one entry, and is accounted for.
 */
final class ListedLinks {

    private static final String SCHEME = "(?i)^[a-z][a-z0-9+.-]*:.*";

    private ListedLinks() {
    }

    /** {@code link} resolved against {@code base}; null for an empty one. */
    static @Nullable String resolve(URI base, String link) {
        String entry = link.strip();
        if (entry.isEmpty()) {
            return null;
        }
        try {
            return base.resolve(new URI(entry.replace(" ", "%20"))).toString();
        } catch (URISyntaxException | IllegalArgumentException notAUrl) {
            if (entry.matches(SCHEME)) {
                return entry;
            }
            String document = base.toString();
            return document.substring(0, document.lastIndexOf('/') + 1) + entry;
        }
    }
}
