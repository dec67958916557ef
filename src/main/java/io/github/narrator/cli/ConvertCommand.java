package io.github.narrator.cli;

import java.util.List;
import java.util.concurrent.Callable;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code narrator convert}: narrate the named pages now, without the source routes. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Narrate the given article files or URLs into the output folder.",
                "Exit status: 0 when all were narrated or unchanged, 2 when some failed (see out/failed/),",
                "1 when it could not start, 64 for a wrong command line."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Article pages: local .html files or http(s) URLs.")
    List<String> inputs;

    @Mixin
    ConfigOptions options;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        NarratorConfig config = options.load(out::applyTo);
        BaseUrlWarning.print(config.feedSettings());
        try (NarratorRunner runner = new NarratorRunner(config, null, System.err, Terminal.isInteractive())) {
            BatchTracker.Summary summary = runner.convert(inputs);
            System.out.println(summary);
            return summary.exitCode();
        }
    }
}
