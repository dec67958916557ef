package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.PcmSink;

class BackgroundSinkTest {

    private static short[] ramp(int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) (i * 7);
        }
        return samples;
    }

    @Test
    void everySampleArrivesInOrderOnAnotherThreadAndTheSinkIsClosed() throws IOException {
        short[] samples = ramp(BackgroundSink.CHUNK_SAMPLES * BackgroundSink.CHUNKS_AHEAD * 3 + 123);
        AtomicReference<Thread> writer = new AtomicReference<>();
        CollectingSink collected = new CollectingSink();
        PcmSink watched = new PcmSink() {
            @Override
            public void write(short[] buffer, int offset, int length) {
                writer.set(Thread.currentThread());
                collected.write(buffer, offset, length);
            }

            @Override
            public void close() {
                collected.close();
            }
        };
        try (BackgroundSink sink = new BackgroundSink(watched, "test-encoder")) {
            // uneven pieces, as FreeTTS hands them over
            for (int offset = 0; offset < samples.length; ) {
                int length = Math.min(samples.length - offset, 1 + (offset % 5000));
                sink.write(samples, offset, length);
                offset += length;
            }
        }
        assertArrayEquals(samples, collected.samples());
        assertTrue(collected.closed());
        assertNotEquals(Thread.currentThread(), writer.get());
    }

    @Test
    void theMp3IsByteForByteWhatTheEncoderMakesInline() throws IOException {
        short[] samples = ramp(16_000 * 3);
        ByteArrayOutputStream inline = new ByteArrayOutputStream();
        try (Mp3Encoder encoder = new Mp3Encoder(inline, 48)) {
            encoder.write(samples, 0, samples.length);
        }
        ByteArrayOutputStream background = new ByteArrayOutputStream();
        try (BackgroundSink sink = new BackgroundSink(new Mp3Encoder(background, 48), "test-encoder")) {
            sink.write(samples, 0, samples.length);
        }
        assertArrayEquals(inline.toByteArray(), background.toByteArray());
    }

    @Test
    void aFailureOfTheOtherSinkIsThrownToTheWriter() {
        PcmSink failing = new PcmSink() {
            @Override
            public void write(short[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        short[] samples = ramp(BackgroundSink.CHUNK_SAMPLES);
        IOException thrown = assertThrows(IOException.class, () -> {
            try (BackgroundSink sink = new BackgroundSink(failing, "test-encoder")) {
                // far more than the queue holds: the writer must not wait forever on a dead sink
                for (int i = 0; i < BackgroundSink.CHUNKS_AHEAD * 4; i++) {
                    sink.write(samples, 0, samples.length);
                }
            }
        });
        assertEquals("disk full", thrown.getMessage());
    }

    @Test
    void anInterruptedWriterStopsTheOtherThreadToo() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        PcmSink encoder = new PcmSink() {
            @Override
            public void write(short[] buffer, int offset, int length) {
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        BackgroundSink sink = new BackgroundSink(encoder, "test-encoder");
        sink.write(ramp(100), 0, 100);
        Thread.currentThread().interrupt(); // a time limit ran out
        assertThrows(InterruptedIOException.class, sink::close);
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertTrue(closed.await(10, TimeUnit.SECONDS), "the other thread closed its sink and ended");
    }

    @Test
    void writingAfterCloseFails() throws IOException {
        BackgroundSink sink = new BackgroundSink(new CollectingSink(), "test-encoder");
        sink.close();
        sink.close();
        assertThrows(IOException.class, () -> sink.write(new short[1], 0, 1));
    }
}
