package io.github.narrator.bench;

import java.io.IOException;
import java.io.OutputStream;

import io.github.narrator.audio.Mp3Encoder;
import io.github.narrator.script.Script;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;
import io.github.narrator.speech.VoiceSettings;
import io.github.narrator.watermark.Payload;
import io.github.narrator.watermark.WatermarkKey;
import io.github.narrator.watermark.WatermarkingSink;

import org.jspecify.annotations.Nullable;

/**
 * The engine's limit: a script spoken by FreeTTS through the watermark (when on) straight into the
 * project's MP3 encoder, in the calling thread (and FreeTTS's own output thread), with no Camel, no
 * files and no tags. The pipeline cannot beat this; the benchmark tells how close it comes.
 */
final class EngineLimit implements AutoCloseable {

    private final Synthesizer voice;
    private final int bitrateKbps;
    private final int quality;
    private final @Nullable WatermarkKey watermarkKey;
    private static final Payload PAYLOAD = Payload.forNarration("sha256:0123456789abcdef");

    /** @param watermarkKey the watermark's key; null to measure without it */
    EngineLimit(VoiceSettings settings, int bitrateKbps, int quality, @Nullable WatermarkKey watermarkKey) {
        this.voice = new Synthesizer(settings);
        this.bitrateKbps = bitrateKbps;
        this.quality = quality;
        this.watermarkKey = watermarkKey;
    }

    Run narrate(Script script) throws IOException {
        long cpuBefore = Cpu.processNanos();
        long start = System.nanoTime();
        Timeline timeline;
        TimedSink encoder = new TimedSink(new Mp3Encoder(OutputStream.nullOutputStream(), bitrateKbps, quality));
        // the watermark's own time is its sink's less the encoder's it calls
        TimedSink marked = watermarkKey == null ? null : new TimedSink(new WatermarkingSink(encoder, PAYLOAD, watermarkKey));
        try (PcmSink first = marked != null ? marked : encoder) {
            timeline = voice.speak(script, first);
        }
        return new Run((System.nanoTime() - start) / 1e9, (Cpu.processNanos() - cpuBefore) / 1e9,
                timeline.durationMillis() / 1000.0, encoder.cpuSeconds(),
                marked == null ? 0 : marked.cpuSeconds() - encoder.cpuSeconds());
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
