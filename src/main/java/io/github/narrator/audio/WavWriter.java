package io.github.narrator.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.SpeechFormat;

/**
 * Writes PCM to a WAV file as it arrives. The header's sizes are unknown until the end, so a
 * placeholder header is written first and patched on close; the samples pass through a small buffer
 * and are never all held in memory.
 */
class WavWriter implements PcmSink {

    private static final int HEADER_BYTES = 44;
    private static final int BYTES_PER_SAMPLE = SpeechFormat.BITS_PER_SAMPLE / 8;
    /** RIFF sizes are unsigned 32-bit: at 32 kB/s that is 37 hours of speech. */
    private static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - (HEADER_BYTES - 8);

    private final Path target;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;
    private boolean closed;

    /** Creates or replaces {@code target}. */
    public WavWriter(Path target) throws IOException {
        this.target = target;
        this.channel = FileChannel.open(target,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            writeFully(header(0));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("WAV writer for " + target + " is closed");
        }
        if (dataBytes + (long) length * BYTES_PER_SAMPLE > MAX_DATA_BYTES) {
            throw new IOException("WAV file " + target + " would pass the format's 4 GiB limit");
        }
        for (int i = offset; i < offset + length; i++) {
            if (buffer.remaining() < BYTES_PER_SAMPLE) {
                drain();
            }
            buffer.putShort(samples[i]);
        }
        dataBytes += (long) length * BYTES_PER_SAMPLE;
    }

    /** Writes what is buffered, puts the final sizes in the header and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            drain();
            ByteBuffer header = header(dataBytes);
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** The canonical 44-byte header of 16 kHz mono 16-bit PCM holding {@code dataBytes} of samples. */
    private static ByteBuffer header(long dataBytes) {
        int blockAlign = SpeechFormat.CHANNELS * BYTES_PER_SAMPLE;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt((int) (HEADER_BYTES - 8 + dataBytes)).put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)                       // PCM
                .putShort((short) SpeechFormat.CHANNELS)
                .putInt(SpeechFormat.SAMPLE_RATE)
                .putInt(SpeechFormat.SAMPLE_RATE * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) SpeechFormat.BITS_PER_SAMPLE);
        header.put(ascii("data")).putInt((int) dataBytes);
        return header.flip();
    }

    private static byte[] ascii(String chunkId) {
        return chunkId.getBytes(StandardCharsets.US_ASCII);
    }
}
