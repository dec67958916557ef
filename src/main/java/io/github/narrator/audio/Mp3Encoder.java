package io.github.narrator.audio;

import java.io.IOException;
import java.io.OutputStream;

import io.github.narrator.speech.PcmSink;

/** Encodes PCM to CBR MP3 as it arrives, one encoder per narration. Closing flushes; it does not close {@code out}. */
public class Mp3Encoder implements PcmSink {

    public Mp3Encoder(OutputStream out, int bitrateKbps) {
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        throw new UnsupportedOperationException("TODO: audio stage");
    }

    @Override
    public void close() throws IOException {
    }
}
