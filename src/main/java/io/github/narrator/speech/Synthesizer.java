package io.github.narrator.speech;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.speech.freetts.Voice;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;

/**
 * One FreeTTS voice, owned by one thread: speaks scripts into a {@link PcmSink}, sentence by
 * sentence, recording when each sentence is heard. Not thread-safe by design (a FreeTTS voice used by
 * two threads at once fails); reuse it across articles, since loading a voice takes up to a second.
 *
 * <p>Times come from counting the samples written, so they are exact for the PCM. A cue spans its
 * sentence's audio as FreeTTS made it, including the voice's own lead-in and tail (about 0.2 s each),
 * but not the script's pause before the sentence. A chapter starts where its first cue starts (the
 * first chapter at 0) and ends where the next starts: the pause before a heading belongs to the
 * chapter before it, so skipping to a chapter lands on its first words.
 *
 * <p>While it speaks, what FreeTTS prints to the console goes to the debug log of
 * {@code io.github.narrator.speech.freetts} instead.
 */
public class Synthesizer implements AutoCloseable {

    public static final String ENGINE_NAME = "FreeTTS";
    /** The FreeTTS release pom.xml pins; the jar does not say its own version. */
    public static final String ENGINE_VERSION = "1.2.2";

    private final VoiceSettings settings;
    private final Voice voice;
    private final PcmAudioPlayer player;
    private final AtomicBoolean speaking = new AtomicBoolean();

    /**
     * Loads the voice.
     *
     * @throws IllegalArgumentException if FreeTTS has no voice of that name
     * @throws IllegalStateException    if the voice cannot be loaded
     */
    /** The voices that can be named in {@link VoiceSettings}, sorted. */
    public static Set<String> voiceNames() {
        return FreeTtsVoices.names();
    }

    public Synthesizer(VoiceSettings settings) {
        this.settings = settings;
        this.voice = FreeTtsVoices.allocate(settings.voiceName());
        voice.setRate(settings.wordsPerMinute());
        voice.setPitch(settings.pitchHz());
        this.player = new PcmAudioPlayer(settings.volume());
        voice.setAudioPlayer(player);
    }

    /**
     * Speaks every utterance of {@code script} into {@code sink}, each after its pause, and returns when
     * each was heard. Does not close the sink.
     *
     * @throws IOException           if the sink fails, or FreeTTS cannot speak a sentence
     * @throws IllegalStateException if this synthesizer is already speaking on another thread
     */
    public Timeline speak(Script script, PcmSink sink) throws IOException {
        if (!speaking.compareAndSet(false, true)) {
            throw new IllegalStateException("this Synthesizer is already speaking on another thread;"
                    + " use one Synthesizer per thread");
        }
        SampleCountingSink counted = new SampleCountingSink(sink);
        ConsoleDiversion.divertCurrentThread();
        player.attach(counted);
        try {
            return speakChapters(script, counted);
        } finally {
            player.detach();
            ConsoleDiversion.restoreCurrentThread();
            speaking.set(false);
        }
    }

    private Timeline speakChapters(Script script, SampleCountingSink counted) throws IOException {
        List<Timeline.Cue> cues = new ArrayList<>();
        List<Long> chapterStarts = new ArrayList<>();
        for (Script.Chapter chapter : script.chapters()) {
            long chapterStart = chapterStarts.isEmpty() ? 0 : -1;
            for (Utterance utterance : chapter.utterances()) {
                counted.writeSilence(millisToSamples(utterance.pauseBeforeMillis()));
                long start = counted.samples();
                say(utterance.spoken());
                cues.add(new Timeline.Cue(utterance.written(), utterance.spoken(),
                        SpeechFormat.samplesToMillis(start), SpeechFormat.samplesToMillis(counted.samples())));
                if (chapterStart < 0) {
                    chapterStart = start;
                }
            }
            // a chapter without utterances is empty: it starts and ends where the audio stands
            chapterStarts.add(chapterStart < 0 ? counted.samples() : chapterStart);
        }
        return new Timeline(cues, chapterMarks(script, chapterStarts, counted.samples()), counted.samples());
    }

    private void say(String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        boolean spoken = voice.speak(text);
        IOException failure = player.takeFailure();
        if (failure != null) {
            throw failure;
        }
        if (!spoken) {
            throw new IOException("FreeTTS could not speak \"" + text + "\"");
        }
    }

    private static List<Timeline.ChapterMark> chapterMarks(Script script, List<Long> starts, long totalSamples) {
        List<Timeline.ChapterMark> marks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long end = i + 1 < starts.size() ? starts.get(i + 1) : totalSamples;
            marks.add(new Timeline.ChapterMark(script.chapters().get(i).title(),
                    SpeechFormat.samplesToMillis(starts.get(i)), SpeechFormat.samplesToMillis(end)));
        }
        return marks;
    }

    private static long millisToSamples(long millis) {
        return millis * SpeechFormat.SAMPLE_RATE / 1000;
    }

    public VoiceSettings settings() {
        return settings;
    }

    /**
     * The text analysis of this synthesizer's own voice, without loading another: on the thread that
     * owns the voice, and not while it speaks. Closing it leaves the voice loaded.
     */
    public Pronouncer pronouncer() {
        return new Pronouncer(voice, false);
    }

    /** The voice's name, e.g. "kevin16", for the TTS_VOICE tag and metadata. */
    public String voiceName() {
        return voice.getName();
    }

    /** "FreeTTS 1.2.2", for the TTS_ENGINE tag and metadata. */
    public String engine() {
        return ENGINE_NAME + " " + ENGINE_VERSION;
    }

    /** Unloads the voice and ends its output thread. */
    @Override
    public void close() {
        voice.deallocate();
    }
}
