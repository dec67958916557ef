package io.github.narrator.script;

import java.util.ArrayList;
import java.util.List;

/**
 * What the narrator says, in order: chapters (the intro, then one per article section), each a list
 * of utterances. An utterance is one sentence; it keeps both its written form (for the transcript)
 * and its spoken form (for the voice).
 *
 * @param notes things the listener will not hear as written (e.g. text the voice cannot say), for metadata
 */
public record Script(List<Chapter> chapters, List<String> notes) {

    public Script {
        chapters = List.copyOf(chapters);
        notes = List.copyOf(notes);
    }

    /** A titled run of utterances; the first chapter is the intro (title, byline, date, disclosure). */
    public record Chapter(String title, List<Utterance> utterances) {
        public Chapter {
            utterances = List.copyOf(utterances);
        }
    }

    /** Every utterance in speaking order. */
    public List<Utterance> utterances() {
        List<Utterance> all = new ArrayList<>();
        for (Chapter chapter : chapters) {
            all.addAll(chapter.utterances());
        }
        return all;
    }

    /** The spoken text, a paragraph a block: what {@code narrator script} prints and script.txt holds. */
    public String spokenText() {
        StringBuilder text = new StringBuilder();
        for (Utterance utterance : utterances()) {
            if (text.length() > 0) {
                text.append(utterance.pauseBeforeMillis() >= Utterance.PARAGRAPH_PAUSE_MILLIS ? "\n\n" : " ");
            }
            text.append(utterance.spoken());
        }
        return text.append('\n').toString();
    }
}
