package io.github.narrator.speech;

import io.github.narrator.script.Script;

/**
 * One FreeTTS voice, owned by one thread: speaks scripts into a {@link PcmSink}, sentence by
 * sentence, recording when each sentence is heard. Not thread-safe by design; reuse across articles.
 */
public class Synthesizer implements AutoCloseable {

    public Synthesizer(VoiceSettings settings) {
    }

    public Timeline speak(Script script, PcmSink sink) throws java.io.IOException {
        throw new UnsupportedOperationException("TODO: speech stage");
    }

    @Override
    public void close() {
    }
}
