package io.github.narrator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Babble noise: six espeak-ng voices reading different texts at once, as in a crowded room. Made
 * once per measurement from the license texts every Debian system ships.
 */
final class Babble {

    private static final List<String> VOICES = List.of("en-us", "en-gb", "en-gb-scotland", "en-029", "en-us+f3", "en-gb-x-rp+m3");

    private final double[] mix;

    private Babble(double[] mix) {
        this.mix = mix;
    }

    static Babble make(Path work, List<String> texts) throws IOException {
        List<short[]> voices = new ArrayList<>();
        for (int i = 0; i < VOICES.size(); i++) {
            Path text = work.resolve("babble-" + i + ".txt");
            Files.writeString(text, texts.get(i % texts.size()));
            Path wav = work.resolve("babble-" + i + ".wav");
            Path resampled = work.resolve("babble-" + i + "-16k.wav");
            AudioTools.run("espeak-ng", "-v", VOICES.get(i), "-s", "165", "-f", text.toString(), "-w", wav.toString());
            AudioTools.run("sox", wav.toString(), "-r", "16000", "-c", "1", resampled.toString());
            voices.add(PcmWav.read(resampled).samples());
        }
        int length = voices.stream().mapToInt(voice -> voice.length).min().orElseThrow();
        double[] mix = new double[length];
        for (short[] voice : voices) {
            for (int i = 0; i < length; i++) {
                mix[i] += voice[i];
            }
        }
        return new Babble(mix);
    }

    /** {@code length} samples of the babble from a random point (wrapping round). */
    double[] stretch(Random random, int length) {
        double[] out = new double[length];
        int start = random.nextInt(mix.length);
        for (int i = 0; i < length; i++) {
            out[i] = mix[(start + i) % mix.length];
        }
        return out;
    }

    /** Texts to read: the license texts of /usr/share/common-licenses, a few thousand characters each. */
    static List<String> licenseTexts(int count, int characters) throws IOException {
        Path licenses = Path.of("/usr/share/common-licenses");
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(licenses)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("\\s+", " ");
                for (int start = 0; start + characters <= text.length() && texts.size() < count; start += characters) {
                    texts.add(text.substring(start, start + characters));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no license texts under " + licenses + " to make speech from");
        }
        return texts;
    }
}
