package io.github.narrator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Narrator's name and version, as Maven filtered them into the jar. */
public final class NarratorVersion {

    public static final String NAME = "Narrator";
    public static final String VERSION = load();

    private NarratorVersion() {
    }

    /** "Narrator/0.1.0": for User-Agent headers, TSSE frames and the generator field. */
    public static String productToken() {
        return NAME + "/" + VERSION;
    }

    private static String load() {
        try (InputStream in = NarratorVersion.class.getResourceAsStream("/narrator-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
