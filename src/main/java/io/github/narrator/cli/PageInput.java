package io.github.narrator.cli;

import java.net.URI;

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
        return new PageFetcher(config.fetchSettings(), config.politenessSettings()).fetch(uri.toString(), SourcePolicy.named(uri), Validators.NONE)
                .orElseThrow(() -> FetchException.permanent(input, "no content"));
    }
}
