package io.github.narrator.audio;

import java.io.IOException;
import java.util.List;

import io.github.narrator.speech.PcmSink;

/** Sends the same samples to several sinks, so one synthesis feeds the MP3 and the WAV at once. */
class FanOutSink implements PcmSink {

    private final List<PcmSink> sinks;

    public FanOutSink(List<? extends PcmSink> sinks) {
        if (sinks.isEmpty()) {
            throw new IllegalArgumentException("a fan-out needs at least one sink");
        }
        this.sinks = List.copyOf(sinks);
    }

    public FanOutSink(PcmSink... sinks) {
        this(List.of(sinks));
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        for (PcmSink sink : sinks) {
            sink.write(samples, offset, length);
        }
    }

    /** Closes every sink, even when one fails; the first failure is thrown, the others suppressed in it. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PcmSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                IOException wrapped = e instanceof IOException io ? io : new IOException(e);
                if (failure == null) {
                    failure = wrapped;
                } else {
                    failure.addSuppressed(wrapped);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
