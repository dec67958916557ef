package io.github.narrator.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.CollectingSink;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.speech.Timeline;
import io.github.narrator.speech.VoiceSettings;

/**
 * Measures the speech and audio stages on their own (not a unit test; run it by hand):
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * CP=target/classes:target/test-classes:$(cat target/test.cp)
 * java -cp $CP io.github.narrator.audio.NarrationBenchmark synth 5000     # synthesis, x real time
 * java -cp $CP io.github.narrator.audio.NarrationBenchmark encode 5000    # MP3 settings, audio s per CPU s
 * java -Xmx64m -cp $CP io.github.narrator.audio.NarrationBenchmark memory 500    # peak heap and RSS of a
 * java -Xmx64m -cp $CP io.github.narrator.audio.NarrationBenchmark memory 20000  # whole narration to MP3
 * </pre>
 *
 * Text: English article bodies from {@code ../shared/data/extraction/dev/ground-truth.json} when
 * present, repeated to the word count asked for; otherwise one sentence repeated.
 */
public final class NarrationBenchmark {

    private static final Path ARTICLES = Path.of("../shared/data/extraction/dev/ground-truth.json");
    private static final String FALLBACK = "Officials said the new timetable would help commuters travel more easily.";
    private static final int RUNS = 3;

    private NarrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "synth";
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Script script = script(words);
        switch (mode) {
            case "synth" -> synthesis(script);
            case "encode" -> encoding(script);
            case "memory" -> memory(script);
            default -> throw new IllegalArgumentException("mode is synth, encode or memory, not " + mode);
        }
    }

    /** Speed of one voice speaking into a sink that discards; run 0 is cold (the JIT still compiling). */
    private static void synthesis(Script script) throws IOException {
        try (Synthesizer synthesizer = new Synthesizer(VoiceSettings.defaults())) {
            for (int run = 0; run <= RUNS; run++) {
                long cpuBefore = processCpuNanos();
                long start = System.nanoTime();
                Timeline timeline = synthesizer.speak(script, new DiscardingSink());
                double wall = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuBefore) / 1e9;
                double audio = timeline.durationMillis() / 1000.0;
                print("synth run %d: %d words, %.1f s audio in %.2f s wall (%.0fx real time), %.2f s process CPU"
                        + " (%.0f audio s per CPU s)", run, words(script), audio, wall, audio / wall, cpu, audio / cpu);
            }
        }
    }

    /** Encoding speed of the same PCM at several settings, in seconds of audio per CPU second of the encoding thread. */
    private static void encoding(Script script) throws IOException {
        CollectingSink pcm = new CollectingSink();
        try (Synthesizer synthesizer = new Synthesizer(VoiceSettings.defaults())) {
            synthesizer.speak(script, pcm);
        }
        short[] samples = pcm.samples();
        double audio = samples.length / 16_000.0;
        int[][] settings = {{48, 7}, {48, 5}, {48, 2}, {48, 9}, {32, 7}, {64, 7}};
        encode(samples, 48, 7);
        for (int[] setting : settings) {
            double best = Double.MAX_VALUE;
            long bytes = 0;
            for (int run = 0; run < RUNS; run++) {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long before = threads.getCurrentThreadCpuTime();
                bytes = encode(samples, setting[0], setting[1]);
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - before) / 1e9);
            }
            print("encode %d kb/s q%d: %.1f s audio in %.2f CPU s (best of %d) = %.0f audio s per CPU s, %d bytes",
                    setting[0], setting[1], audio, best, RUNS, audio / best, bytes);
        }
    }

    /** One whole narration into an MP3 file, cold: its time, the heap's peak, the live heap and the process's peak RSS. */
    private static void memory(Script script) throws IOException {
        Path mp3 = Files.createTempFile("narration", ".mp3");
        try (Synthesizer synthesizer = new Synthesizer(VoiceSettings.defaults())) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuBefore = processCpuNanos();
            Timeline timeline;
            try (OutputStream out = Files.newOutputStream(mp3);
                 Mp3Encoder encoder = new Mp3Encoder(out, Mp3Encoder.DEFAULT_BITRATE_KBPS)) {
                timeline = synthesizer.speak(script, encoder);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            print("memory: %d words, %.1f s audio, %d bytes of MP3 in %.2f s wall, %.2f s process CPU; heap max %d MiB,"
                            + " peak heap (sum of pool peaks) %.1f MiB, live heap after GC %.1f MiB, peak RSS %s",
                    words(script), timeline.durationMillis() / 1000.0, Files.size(mp3), wall, cpu,
                    Runtime.getRuntime().maxMemory() >> 20, peakHeap / 1048576.0, liveHeap / 1048576.0, peakRss());
        } finally {
            Files.delete(mp3);
        }
    }

    private static long encode(short[] samples, int kbps, int quality) throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        try (Mp3Encoder encoder = new Mp3Encoder(out, kbps, quality)) {
            // FreeTTS hands over a few thousand samples at a time
            for (int offset = 0; offset < samples.length; offset += 4096) {
                encoder.write(samples, offset, Math.min(4096, samples.length - offset));
            }
        }
        return out.bytes;
    }

    /** Sentences of article text up to {@code words} words, a paragraph pause at each article's line break. */
    static Script script(int words) throws IOException {
        List<String> paragraphs = paragraphs();
        List<Utterance> utterances = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String[] sentences = paragraphs.get(i % paragraphs.size()).split("(?<=[.!?])\\s+");
            for (int s = 0; s < sentences.length && count < words; s++) {
                String sentence = sentences[s].strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                int pause = s == 0 ? Utterance.PARAGRAPH_PAUSE_MILLIS : 0;
                utterances.add(new Utterance(sentence, sentence, pause, Utterance.Role.BODY));
                count += sentence.split("\\s+").length;
            }
        }
        return new Script(List.of(new Script.Chapter("Body", utterances)), List.of());
    }

    private static List<String> paragraphs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        if (Files.isRegularFile(ARTICLES)) {
            JsonNode articles = new ObjectMapper().readTree(ARTICLES.toFile());
            for (JsonNode article : articles) {
                String body = article.get("articleBody").asText();
                if (mostlyAscii(body)) {
                    for (String paragraph : body.split("\n+")) {
                        if (!paragraph.isBlank()) {
                            paragraphs.add(paragraph);
                        }
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(FALLBACK);
        }
        return paragraphs;
    }

    private static boolean mostlyAscii(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long ascii = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return letters > 0 && ascii >= letters * 0.98;
    }

    private static int words(Script script) {
        return script.utterances().stream().mapToInt(u -> u.spoken().split("\\s+").length).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Linux's high-water mark of resident memory, or "n/a" elsewhere. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).strip()).findFirst().orElse("n/a");
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }

    private static final class DiscardingSink implements PcmSink {
        @Override
        public void write(short[] samples, int offset, int length) {
        }

        @Override
        public void close() {
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
