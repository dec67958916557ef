package io.github.narrator.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.github.narrator.speech.PcmSink;

import org.jspecify.annotations.Nullable;

/**
 * Hands samples to another sink on a thread of its own, so that MP3 encoding (about half of a
 * narration's CPU) runs beside synthesis instead of after each piece of it: one article then
 * narrates on two cores. When every core is busy anyway (as many workers as cores) it costs a copy
 * of the samples and nothing more.
 *
 * <p>At most {@value #CHUNKS_AHEAD} chunks of {@value #CHUNK_SAMPLES} samples (about 8 s of audio,
 * 256 KiB) wait for the other thread; a writer that gets further ahead waits. A failure of the other
 * sink is thrown by the next {@link #write} or by {@link #close}, which also closes the other sink on
 * its thread and waits until all is done.
 */
final class BackgroundSink implements PcmSink {

    static final int CHUNK_SAMPLES = 8192;
    static final int CHUNKS_AHEAD = 16;

    private record Chunk(short[] samples, int length) {
    }

    private static final Chunk END = new Chunk(new short[0], 0);

    private final PcmSink sink;
    private final BlockingQueue<Chunk> waiting = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    /** Buffers the other thread is done with, reused so a long narration makes no garbage. */
    private final BlockingQueue<short[]> spare = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
    private final Thread thread;
    private volatile @Nullable IOException failure;
    private short[] current = new short[CHUNK_SAMPLES];
    private int filled;
    private boolean closed;

    public BackgroundSink(PcmSink sink, String threadName) {
        this.sink = sink;
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("the sink is closed");
        }
        throwFailure();
        int done = 0;
        while (done < length) {
            int count = Math.min(length - done, CHUNK_SAMPLES - filled);
            System.arraycopy(samples, offset + done, current, filled, count);
            filled += count;
            done += count;
            if (filled == CHUNK_SAMPLES) {
                handOver();
            }
        }
    }

    /** Hands over what is buffered, waits for the other thread to finish and close its sink. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (filled > 0) {
                handOver();
            }
            put(END);
            thread.join();
        } catch (InterruptedIOException | InterruptedException e) {
            // the narration is being abandoned (a time limit, a shutdown): the other thread stops too
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the audio was being finished");
        }
        throwFailure();
    }

    private void handOver() throws IOException {
        put(new Chunk(current, filled));
        short[] reused = spare.poll();
        current = reused != null ? reused : new short[CHUNK_SAMPLES];
        filled = 0;
    }

    private void put(Chunk chunk) throws IOException {
        try {
            waiting.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing audio over");
        }
    }

    /** The other thread: writes every chunk, and after a failure keeps taking them so the writer never waits forever. */
    private void drain() {
        try {
            for (Chunk chunk = waiting.take(); chunk != END; chunk = waiting.take()) {
                if (failure == null) {
                    write(chunk);
                }
                spare.offer(chunk.samples());
            }
        } catch (InterruptedException e) {
            fail(new InterruptedIOException("the audio thread was interrupted"));
        }
        // closed even when abandoned, so the encoder lets go of what it holds
        try {
            sink.close();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void write(Chunk chunk) {
        try {
            sink.write(chunk.samples(), 0, chunk.length());
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Exception e) {
        if (failure == null) {
            failure = e instanceof IOException io ? io : new IOException("the audio sink failed: " + e, e);
        }
    }

    private void throwFailure() throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw new IOException(failed.getMessage(), failed);
        }
    }
}
