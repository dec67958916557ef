package io.github.narrator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.io.FileUtils;

import io.github.narrator.verify.Verifier;
import io.github.narrator.verify.VerifyResult;

/**
 * The watermark's false positives: clips with no mark (FreeTTS narrations made without it, espeak-ng
 * speech, white, pink and brown noise, and the music and speech Debian packages ship) must never be
 * found marked.
 */
public final class UnmarkedClips {

    /** Music on hold and spoken prompts from the asterisk-moh-opsound-wav and asterisk-core-sounds-en-wav packages. */
    public static final Path DEBIAN_MUSIC = Path.of("/usr/share/asterisk/moh");
    public static final Path DEBIAN_SPEECH = Path.of("/usr/share/asterisk/sounds/en_US_f_Allison");

    /** Per source: clips tried and watermarks (wrongly) found. */
    public record Result(Map<String, int[]> bySource) {

        public int tried() {
            return bySource.values().stream().mapToInt(counts -> counts[0]).sum();
        }

        public int detections() {
            return bySource.values().stream().mapToInt(counts -> counts[1]).sum();
        }
    }

    private final Verifier verifier;
    private final Path work;
    private final PrintStream log;
    private final Map<String, int[]> bySource = new LinkedHashMap<>();
    private final Map<Path, Double> durations = new java.util.HashMap<>();

    public UnmarkedClips(Verifier verifier, Path work, PrintStream log) throws IOException {
        this.verifier = verifier;
        this.work = Files.createDirectories(work);
        this.log = log;
    }

    /**
     * @param narrations FreeTTS narrations made without the watermark
     * @param perSource  clips from each of the five sources
     */
    public Result run(List<Path> narrations, int perSource, double clipSeconds, long seed) throws IOException {
        Random random = new Random(seed);
        clipsOf("FreeTTS narrations without the mark", narrations, perSource, clipSeconds, random);
        clipsOf("espeak-ng speech", espeak(perSource / 10 + 1), perSource, clipSeconds, random);
        noise(perSource, clipSeconds, random);
        clipsOf("music (asterisk-moh-opsound-wav)", wavsUnder(DEBIAN_MUSIC), perSource, clipSeconds, random);
        spokenPrompts(perSource, clipSeconds, random);
        return new Result(bySource);
    }

    private void clipsOf(String source, List<Path> files, int count, double seconds, Random random) throws IOException {
        if (files.isEmpty()) {
            throw new IOException("no audio for " + source);
        }
        Path clip = work.resolve("clip.wav");
        for (int i = 0; i < count; i++) {
            Path file = files.get(i % files.size());
            Double length = durations.get(file);
            if (length == null) {
                length = durationSeconds(file);
                durations.put(file, length);
            }
            AudioTools.excerpt(file, random.nextDouble() * Math.max(0, length - seconds), seconds, clip);
            check(source, clip);
        }
    }

    private void noise(int count, double seconds, Random random) throws IOException {
        Path clip = work.resolve("noise.wav");
        int length = (int) (seconds * 16_000);
        for (int i = 0; i < count; i++) {
            double[] noise = new double[length];
            double brown = 0;
            double[] pink = new double[7];
            for (int n = 0; n < length; n++) {
                double white = random.nextGaussian();
                switch (i % 3) {
                    case 0 -> noise[n] = white;
                    case 1 -> {
                        // Voss-McCartney: octave bands updated at halving rates
                        int row = Integer.numberOfTrailingZeros(n + 1);
                        if (row < pink.length) {
                            pink[row] = random.nextGaussian();
                        }
                        double sum = white;
                        for (double value : pink) {
                            sum += value;
                        }
                        noise[n] = sum;
                    }
                    default -> {
                        brown = 0.995 * brown + white;
                        noise[n] = brown;
                    }
                }
            }
            double peak = 0;
            for (double value : noise) {
                peak = Math.max(peak, Math.abs(value));
            }
            double level = Math.pow(10, -(6 + random.nextDouble() * 40) / 20) * 32767 / peak;
            short[] samples = new short[length];
            for (int n = 0; n < length; n++) {
                samples[n] = (short) Math.round(noise[n] * level);
            }
            new PcmWav(samples, 16_000).write(clip);
            check("noise (white, pink, brown; -6 to -46 dB peak)", clip);
        }
    }

    /** The spoken prompts are a few seconds each: consecutive ones joined into clips of the length asked. */
    private void spokenPrompts(int count, double seconds, Random random) throws IOException {
        List<Path> prompts = wavsUnder(DEBIAN_SPEECH);
        if (prompts.isEmpty()) {
            throw new IOException("no spoken prompts under " + DEBIAN_SPEECH);
        }
        Path clip = work.resolve("prompts.wav");
        for (int i = 0; i < count; i++) {
            List<Short> joined = new ArrayList<>();
            int rate = 0;
            int next = random.nextInt(prompts.size());
            while (rate == 0 || joined.size() < seconds * rate) {
                PcmWav prompt = PcmWav.read(prompts.get(next++ % prompts.size()));
                rate = prompt.sampleRate();
                for (short sample : prompt.samples()) {
                    joined.add(sample);
                }
            }
            short[] samples = new short[(int) (seconds * rate)];
            for (int n = 0; n < samples.length; n++) {
                samples[n] = joined.get(n);
            }
            new PcmWav(samples, rate).write(clip);
            check("speech (asterisk-core-sounds-en-wav)", clip);
        }
    }

    private List<Path> espeak(int files) throws IOException {
        List<String> voices = List.of("en-us", "en-gb", "en-gb-scotland", "en-029", "en-us+f3", "en-gb-x-rp+m3",
                "en-us+m7", "en-gb+f2");
        List<String> texts = Babble.licenseTexts(files, 3000);
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Path text = work.resolve("espeak-" + i + ".txt");
            Files.writeString(text, texts.get(i));
            Path wav = work.resolve("espeak-" + i + ".wav");
            AudioTools.run("espeak-ng", "-v", voices.get(i % voices.size()), "-s", String.valueOf(140 + 10 * (i % 5)),
                    "-f", text.toString(), "-w", wav.toString());
            made.add(wav);
        }
        return made;
    }

    private void check(String source, Path clip) {
        VerifyResult result = verifier.verify(clip.toString());
        int[] counts = bySource.computeIfAbsent(source, key -> new int[2]);
        counts[0]++;
        if (result.error() != null) {
            throw new IllegalStateException("verify failed on a clip of " + source + ": " + result.error());
        }
        if (result.watermark().found()) {
            counts[1]++;
            log.println("watermark: FALSE DETECTION in a clip of " + source + ": " + result.watermark());
        }
    }

    private static double durationSeconds(Path file) throws IOException {
        // WAV: from its header; MP3 narrations: their metadata would do, but ffprobe-free is simpler here
        if (file.toString().endsWith(".wav")) {
            PcmWav wav = PcmWav.read(file);
            return (double) wav.samples().length / wav.sampleRate();
        }
        Path scratch = Files.createTempFile("narrator-duration-", ".wav");
        try {
            AudioTools.run("ffmpeg", "-v", "error", "-y", "-i", file.toString(), "-ar", "8000", "-ac", "1", scratch.toString());
            PcmWav wav = PcmWav.read(scratch);
            return (double) wav.samples().length / wav.sampleRate();
        } finally {
            FileUtils.deleteQuietly(scratch.toFile());
        }
    }

    static List<Path> wavsUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".wav")).sorted().toList();
        }
    }

    public static String table(Result result) {
        StringBuilder table = new StringBuilder(String.format(java.util.Locale.ROOT, "%-50s %8s %12s%n",
                "unmarked source", "clips", "detections"));
        result.bySource().forEach((source, counts) -> table.append(String.format(java.util.Locale.ROOT,
                "%-50s %8d %12d%n", source, counts[0], counts[1])));
        table.append(String.format(java.util.Locale.ROOT, "%-50s %8d %12d%n", "all", result.tried(), result.detections()));
        return table.toString();
    }
}
