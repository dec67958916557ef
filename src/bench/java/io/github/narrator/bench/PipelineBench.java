package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.pipeline.NarratorRunner;

/**
 * The whole pipeline as {@code convert} runs it (Camel, fetch from local files, extract, script,
 * dedupe, work queue, synthesise, encode, tag, publish), kept running between batches so that,
 * as in a long batch job, each worker's voice is loaded once. A batch is timed from the first
 * page handed in to the last narration published.
 */
final class PipelineBench implements AutoCloseable {

    private final NarratorRunner runner;

    PipelineBench(NarratorConfig config, Path outDir, int workers) throws Exception {
        NarratorConfig benchConfig = config.with("narrator.out", outDir.toString())
                .with("narrator.workers", String.valueOf(workers));
        this.runner = new NarratorRunner(benchConfig, null, new PrintStream(OutputStream.nullOutputStream()), false);
        runner.start();
    }

    /** Narrates the pages and returns when every one is published. */
    Run narrate(List<Path> pages) throws InterruptedException, IOException {
        BatchTracker tracker = runner.tracker();
        int target = tracker.inputsFinished() + pages.size();
        int failedBefore = tracker.summary().failed();
        double audioBefore = tracker.audioSeconds();
        long cpuBefore = Cpu.processNanos();
        long start = System.nanoTime();
        for (Path page : pages) {
            runner.submit(page.toAbsolutePath().toString());
        }
        while (tracker.inputsFinished() < target) {
            Thread.sleep(2);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (Cpu.processNanos() - cpuBefore) / 1e9;
        int failed = tracker.summary().failed() - failedBefore;
        if (failed > 0) {
            throw new IOException(failed + " of " + pages.size() + " benchmark pages failed; see failed/ under the bench's out folder");
        }
        double audio = tracker.audioSeconds() - audioBefore;
        if (audio <= 0) {
            throw new IOException("the pipeline finished " + pages.size() + " pages without narrating any audio");
        }
        return new Run(wall, cpu, audio, 0);
    }

    @Override
    public void close() throws Exception {
        runner.close();
    }
}
