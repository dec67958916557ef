package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;

import io.github.narrator.audio.Mp3Encoder;
import io.github.narrator.script.Script;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;
import io.github.narrator.speech.VoiceSettings;

/**
 * The engine's limit: a script spoken by FreeTTS straight into the project's MP3 encoder, in the
 * calling thread (and FreeTTS's own output thread), with no Camel, no files and no tags. The
 * pipeline cannot beat this; the benchmark tells how close it comes.
 */
final class EngineLimit implements AutoCloseable {

    private final Synthesizer voice;
    private final int bitrateKbps;
    private final int quality;

    EngineLimit(VoiceSettings settings, int bitrateKbps, int quality) {
        this.voice = new Synthesizer(settings);
        this.bitrateKbps = bitrateKbps;
        this.quality = quality;
    }

    Run narrate(Script script) throws IOException {
        long cpuBefore = Cpu.processNanos();
        long start = System.nanoTime();
        Timeline timeline;
        TimedSink encoder = new TimedSink(new Mp3Encoder(OutputStream.nullOutputStream(), bitrateKbps, quality));
        try (encoder) {
            timeline = voice.speak(script, encoder);
        }
        return new Run((System.nanoTime() - start) / 1e9, (Cpu.processNanos() - cpuBefore) / 1e9,
                timeline.durationMillis() / 1000.0, encoder.cpuSeconds());
    }

    /** FreeTTS alone: the script spoken into a sink that keeps nothing, to tell synthesis from encoding. */
    Run speakOnly(Script script) throws IOException {
        long cpuBefore = Cpu.processNanos();
        long start = System.nanoTime();
        Timeline timeline;
        try (PcmSink nowhere = new DiscardingSink()) {
            timeline = voice.speak(script, nowhere);
        }
        return new Run((System.nanoTime() - start) / 1e9, (Cpu.processNanos() - cpuBefore) / 1e9,
                timeline.durationMillis() / 1000.0, 0);
    }

    @Override
    public void close() {
        voice.close();
    }

    private static final class DiscardingSink implements PcmSink {
        @Override
        public void write(short[] samples, int offset, int length) {
        }

        @Override
        public void close() {
        }
    }
}
