package io.github.narrator.cli;

import java.net.URI;
import java.nio.file.Path;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.fetch.Validators;

/** Reads one page a user named on the command line: a local file or an http(s) URL. */
final class PageInput {

    private PageInput() {
    }

    static FetchedPage fetch(String input, NarratorConfig config) throws FetchException {
        URI uri = PageFetcher.toUri(input);
        SourcePolicy policy = "file".equals(uri.getScheme())
                ? SourcePolicy.localFiles(Path.of(uri).getParent())
                : SourcePolicy.publicWeb();
        return new PageFetcher(config.fetchSettings()).fetch(uri.toString(), policy, Validators.NONE)
                .orElseThrow(() -> FetchException.permanent(input, "no content"));
    }
}
