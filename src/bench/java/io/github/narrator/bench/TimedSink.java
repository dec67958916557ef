package io.github.narrator.bench;

import java.io.IOException;

import io.github.narrator.speech.PcmSink;

/** Counts the CPU time a sink spends, on whichever thread writes to it: the encoder's share of a narration. */
final class TimedSink implements PcmSink {

    private final PcmSink sink;
    private long cpuNanos;

    TimedSink(PcmSink sink) {
        this.sink = sink;
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        long before = Cpu.threadNanos();
        try {
            sink.write(samples, offset, length);
        } finally {
            cpuNanos += Cpu.threadNanos() - before;
        }
    }

    @Override
    public void close() throws IOException {
        long before = Cpu.threadNanos();
        try {
            sink.close();
        } finally {
            cpuNanos += Cpu.threadNanos() - before;
        }
    }

    double cpuSeconds() {
        return cpuNanos / 1e9;
    }
}
