package io.github.narrator.bench;

/**
 * What one timed run did.
 *
 * @param wallSeconds   elapsed time
 * @param cpuSeconds    CPU time of the whole process meanwhile (every thread: FreeTTS's, Camel's, GC, JIT)
 * @param audioSeconds  narration produced
 * @param encodeSeconds CPU time spent in the MP3 encoder, or 0 when not measured
 * @param markSeconds   CPU time spent adding the watermark, or 0 when not measured
 */
record Run(double wallSeconds, double cpuSeconds, double audioSeconds, double encodeSeconds, double markSeconds) {

    Run(double wallSeconds, double cpuSeconds, double audioSeconds, double encodeSeconds) {
        this(wallSeconds, cpuSeconds, audioSeconds, encodeSeconds, 0);
    }

    /** Seconds of audio per second of wall time. */
    double realTime() {
        return audioSeconds / wallSeconds;
    }

    /** Seconds of audio per CPU second. */
    double audioPerCpu() {
        return audioSeconds / cpuSeconds;
    }
}
