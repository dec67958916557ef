package io.github.narrator.speech;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;

/** Finds and loads FreeTTS voices: the one place that knows how FreeTTS is told where its voices are. */
final class FreeTtsVoices {

    /** FreeTTS finds voices through directories named in this system property. */
    private static final String VOICES_PROPERTY = "freetts.voices";
    /** Bundled in the FreeTTS jar from Maven Central: kevin (8 kHz) and kevin16 (16 kHz). */
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private FreeTtsVoices() {
    }

    /**
     * A newly allocated voice (0.3 to 1 s: it loads its lexicon and diphones). Each call gives a voice
     * of its own; FreeTTS voices must not be shared between threads.
     */
    // One at a time: two voices loading at once on two threads once failed at once in a test run,
    // and FreeTTS does not say its loading is thread-safe. It costs a second at start-up, no more.
    static synchronized Voice allocate(String name) {
        Voice voice = find(name);
        try {
            voice.allocate();
        } catch (RuntimeException | Error e) {
            throw new IllegalStateException("FreeTTS could not load voice '" + name + "': " + e, e);
        }
        if (!voice.isLoaded()) {
            throw new IllegalStateException("FreeTTS could not load voice '" + name + "'");
        }
        return voice;
    }

    /** The names of the voices FreeTTS finds ("kevin", "kevin16"), sorted. */
    static synchronized Set<String> names() {
        registerBundledVoices();
        return Arrays.stream(VoiceManager.getInstance().getVoices()).map(Voice::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // VoiceManager is a lazily built singleton that scans voice directories; look voices up one at a time.
    private static synchronized Voice find(String name) {
        registerBundledVoices();
        VoiceManager manager = VoiceManager.getInstance();
        Voice voice = manager.getVoice(name);
        if (voice == null) {
            String known = Arrays.stream(manager.getVoices()).map(Voice::getName).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no FreeTTS voice named '" + name + "'; known voices: " + known);
        }
        return voice;
    }

    private static void registerBundledVoices() {
        String directories = System.getProperty(VOICES_PROPERTY);
        if (directories == null || directories.isBlank()) {
            System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
        } else if (!Arrays.asList(directories.split(",")).contains(KEVIN_DIRECTORY)) {
            System.setProperty(VOICES_PROPERTY, directories + "," + KEVIN_DIRECTORY);
        }
    }
}
