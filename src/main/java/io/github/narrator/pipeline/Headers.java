package io.github.narrator.pipeline;

/** The exchange headers Narrator's routes use. Source routes (YAML) may set the first two. */
public final class Headers {

    /** Optional, set by a source route: its name, for logs and failure records. */
    public static final String SOURCE = "NarratorSource";
    /** Optional, set by a source route: extra hosts (comma-separated) its links may point to. */
    public static final String ALLOW_HOSTS = "NarratorAllowHosts";

    /** The URL or file as the source gave it. */
    static final String INPUT = "NarratorInput";
    /** The {@link io.github.narrator.fetch.SourcePolicy} the input is fetched under. */
    static final String POLICY = "NarratorPolicy";
    /** Set on a sitemap listed by a sitemap index: it is read for pages only (indexes do not nest). */
    static final String CHILD_SITEMAP = "NarratorChildSitemap";
    /** The stage running now, named in failure records. */
    static final String STAGE = "NarratorStage";

    private Headers() {
    }
}
