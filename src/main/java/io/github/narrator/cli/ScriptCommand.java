package io.github.narrator.cli;

import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleExtractor;
import io.github.narrator.fetch.FetchedPage;
import io.github.narrator.script.ScriptWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code narrator script}: what the narrator will say about a page, without narrating it. */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Print what will be said for an article page: intro, disclosure, body, outro.")
final class ScriptCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|URL", description = "An article page: a local .html file or an http(s) URL.")
    String input;

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        NarratorConfig config = options.load();
        FetchedPage page = PageInput.fetch(input, config);
        Article article = new ArticleExtractor(config.extractorSettings()).extract(page.html(), page.finalUrl());
        System.out.print(new ScriptWriter(config.scriptSettings()).write(article).spokenText());
        return 0;
    }
}
