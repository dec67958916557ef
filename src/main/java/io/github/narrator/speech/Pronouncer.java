package io.github.narrator.speech;

import java.util.ArrayList;
import java.util.List;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Token;
import com.sun.speech.freetts.Tokenizer;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.cart.Durator;

/**
 * What the voice will say for a text, as phones, without making any sound: FreeTTS's own text
 * analysis (tokens to words, lexicon and letter-to-sound rules, post-lexical rules) run on an
 * utterance, then its words and their segments read back. This is how Narrator checks that a
 * sentence is heard as written ("A I", [ey ay], not "eye", [ay]).
 *
 * <p>Owns a voice of its own (0.2 to 1 s to load) and, like any FreeTTS voice, is for one thread at a time.
 */
public final class Pronouncer implements AutoCloseable {

    private final Voice voice;
    /** Whether the voice is this pronouncer's own, to unload when closed (not when borrowed from a {@link Synthesizer}). */
    private final boolean owned;

    /**
     * Loads the named voice for its text analysis.
     *
     * @throws IllegalArgumentException if FreeTTS has no voice of that name
     * @throws IllegalStateException    if the voice cannot be loaded
     */
    public Pronouncer(String voiceName) {
        this(FreeTtsVoices.allocate(voiceName), true);
    }

    Pronouncer(Voice voice, boolean owned) {
        this.voice = voice;
        this.owned = owned;
    }

    /** The words the voice makes of the text and the phones of each, in order ("pau" pauses left out). */
    Pronunciation pronounce(String text) {
        Tokenizer tokenizer = voice.getTokenizer();
        tokenizer.setInputText(text);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasMoreTokens()) {
            tokens.add(tokenizer.getNextToken());
        }
        Utterance utterance = new Utterance(voice, tokens);
        ConsoleDiversion.divertCurrentThread();
        try {
            analyse(utterance);
        } finally {
            ConsoleDiversion.restoreCurrentThread();
        }
        return read(utterance);
    }

    /** Runs the voice's processors up to the segments' final names: everything before timing and sound. */
    private void analyse(Utterance utterance) {
        for (Object processor : voice.getUtteranceProcessors()) {
            if (processor instanceof Durator) {
                return;
            }
            try {
                ((UtteranceProcessor) processor).processUtterance(utterance);
            } catch (ProcessException e) {
                throw new IllegalStateException("FreeTTS could not analyse the text: " + e.getMessage(), e);
            }
        }
    }

    private static Pronunciation read(Utterance utterance) {
        List<Pronunciation.Word> words = new ArrayList<>();
        Relation relation = utterance.getRelation(Relation.WORD);
        for (Item word = relation == null ? null : relation.getHead(); word != null; word = word.getNext()) {
            List<String> phones = new ArrayList<>();
            Item structure = word.getItemAs(Relation.SYLLABLE_STRUCTURE);
            for (Item syllable = structure == null ? null : structure.getDaughter(); syllable != null;
                    syllable = syllable.getNext()) {
                for (Item segment = syllable.getDaughter(); segment != null; segment = segment.getNext()) {
                    phones.add(segment.getFeatures().getString("name"));
                }
            }
            words.add(new Pronunciation.Word(word.getFeatures().getString("name"), phones));
        }
        return new Pronunciation(words);
    }

    @Override
    public void close() {
        if (owned) {
            voice.deallocate();
        }
    }
}
