package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.PcmSink;

class FanOutSinkTest {

    @Test
    void everySinkGetsEverySample() throws IOException {
        CollectingSink first = new CollectingSink();
        CollectingSink second = new CollectingSink();
        try (FanOutSink both = new FanOutSink(first, second)) {
            both.write(new short[] {1, 2, 3, 4}, 1, 2);
            both.write(new short[] {5}, 0, 1);
        }
        assertArrayEquals(new short[] {2, 3, 5}, first.samples());
        assertArrayEquals(new short[] {2, 3, 5}, second.samples());
        assertTrue(first.closed() && second.closed());
    }

    @Test
    void closesEverySinkEvenWhenOneFails() {
        IOException first = new IOException("first");
        IOException second = new IOException("second");
        CollectingSink healthy = new CollectingSink();
        FanOutSink sinks = new FanOutSink(List.of(failingOnClose(first), healthy, failingOnClose(second)));

        IOException thrown = assertThrows(IOException.class, sinks::close);
        assertSame(first, thrown);
        assertEquals(List.of(second), List.of(thrown.getSuppressed()));
        assertTrue(healthy.closed());
    }

    @Test
    void needsASink() {
        assertThrows(IllegalArgumentException.class, () -> new FanOutSink(List.of()));
    }

    private static PcmSink failingOnClose(IOException failure) {
        return new PcmSink() {
            @Override
            public void write(short[] samples, int offset, int length) {
            }

            @Override
            public void close() throws IOException {
                throw failure;
            }
        };
    }
}
