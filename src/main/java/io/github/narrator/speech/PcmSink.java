package io.github.narrator.speech;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where synthesised audio goes as it is produced: 16-bit signed mono samples at
 * {@link SpeechFormat#SAMPLE_RATE}. Implementations encode or write them; none may keep them all.
 */
public interface PcmSink extends Closeable {

    void write(short[] samples, int offset, int length) throws IOException;
}
