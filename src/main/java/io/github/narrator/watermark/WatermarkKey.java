package io.github.narrator.watermark;

/**
 * A watermark key: the carrier (one block of band-limited noise) and the scrambling signs, both drawn
 * from a secret string by {@link KeyStream}. The {@linkplain #DEFAULT default key}'s string is
 * published, so anyone can check any narration; a publisher may set a private one to prove origin.
 * The secret itself is kept nowhere but here: {@link #toString()} and {@link #name()} never show it.
 */
public final class WatermarkKey {

    /** The published key string of the default key. */
    public static final String DEFAULT_SECRET = "narrator-watermark-public-key-1";
    public static final WatermarkKey DEFAULT = new WatermarkKey("default (public)", DEFAULT_SECRET);

    private final String name;
    private final double[] carrier;
    private final int[] scramble;

    private WatermarkKey(String name, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a watermark key must not be blank");
        }
        this.name = name;
        this.carrier = carrier(new KeyStream(secret, "carrier"));
        this.scramble = new int[FrameLayout.BLOCKS];
        KeyStream signs = new KeyStream(secret, "scramble");
        for (int i = 0; i < scramble.length; i++) {
            scramble[i] = signs.nextSign();
        }
    }

    /** A publisher's own key, e.g. from {@code narrator.watermark.key}. */
    public static WatermarkKey privateKey(String secret) {
        return new WatermarkKey("private (narrator.watermark.key)", secret);
    }

    /** How the key is named in reports: never the secret. */
    public String name() {
        return name;
    }

    /** One block of carrier: unit RMS, its spectrum flat between the band's edges, faded at the ends. */
    double[] carrier() {
        return carrier;
    }

    int scramble(int position) {
        return scramble[position];
    }

    private static double[] carrier(KeyStream random) {
        int size = WatermarkSpec.BLOCK;
        double[] re = new double[size];
        double[] im = new double[size];
        for (int bin = 1; bin < size / 2; bin++) {
            double hz = bin * (double) WatermarkSpec.SAMPLE_RATE / size;
            double phase = 2 * Math.PI * random.nextDouble();
            if (hz >= WatermarkSpec.LOW_HZ && hz <= WatermarkSpec.HIGH_HZ) {
                re[bin] = Math.cos(phase);
                im[bin] = Math.sin(phase);
                re[size - bin] = re[bin];
                im[size - bin] = -im[bin];
            }
        }
        new Fft(size).inverse(re, im);
        for (int i = 0; i < WatermarkSpec.EDGE; i++) {
            double fade = Math.pow(Math.sin(Math.PI / 2 * (i + 0.5) / WatermarkSpec.EDGE), 2);
            re[i] *= fade;
            re[size - 1 - i] *= fade;
        }
        double energy = 0;
        for (double sample : re) {
            energy += sample * sample;
        }
        double scale = Math.sqrt(size / energy);
        for (int i = 0; i < size; i++) {
            re[i] *= scale;
        }
        return re;
    }

    @Override
    public String toString() {
        return "WatermarkKey[" + name + "]";
    }
}
