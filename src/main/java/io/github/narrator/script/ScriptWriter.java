package io.github.narrator.script;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.script.normalize.NormalizedText;
import io.github.narrator.script.normalize.Normalizer;
import io.github.narrator.script.normalize.Token;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Writes what the narrator says about an article: an introduction (title, "By" byline, the date,
 * the AI-disclosure line), a chapter per section of the body, sentence by sentence, and an outro
 * naming the publisher. Every sentence keeps its written form for the transcript and gets a spoken
 * form for the voice (normalised, respelled from the lexicon, in plain ASCII). Nothing is cut: a
 * long article is narrated whole. Instances are immutable and may be shared between threads.
 */
public class ScriptWriter {

    static final String INTRODUCTION = "Introduction";
    static final String OUTRO = "About this narration";
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final ScriptSettings settings;
    private final Normalizer normalizer;
    private final SentenceSplitter sentences = new SentenceSplitter();

    public ScriptWriter(ScriptSettings settings) {
        this.settings = settings;
        this.normalizer = new Normalizer(settings.lexicon());
    }

    public Script write(Article article) {
        if (article == null) {
            throw new IllegalArgumentException("no article to write a script for (null)");
        }
        Builder script = new Builder();
        script.chapter(INTRODUCTION);
        String title = blankToNull(article.title());
        if (title != null) {
            script.say(title, 0, Utterance.Role.TITLE);
        }
        String byline = blankToNull(article.byline());
        if (byline != null) {
            script.say(byline.regionMatches(true, 0, "By ", 0, 3) ? byline : "By " + byline,
                    Utterance.PARAGRAPH_PAUSE_MILLIS, Utterance.Role.BYLINE);
        }
        if (article.publishedAt() != null) {
            script.say("Published " + PUBLISHED.format(article.publishedAt()), Utterance.PARAGRAPH_PAUSE_MILLIS,
                    Utterance.Role.DATE);
        }
        script.say(settings.disclosureLabel(), Utterance.PARAGRAPH_PAUSE_MILLIS, Utterance.Role.DISCLOSURE);
        body(article, title, script);
        outro(article, script);
        return script.build();
    }

    private void body(Article article, String title, Builder script) {
        boolean inBody = false;
        for (Section section : article.sections()) {
            String heading = blankToNull(section.heading());
            int pause = Utterance.SECTION_PAUSE_MILLIS;
            if (heading != null) {
                script.chapter(heading);
                script.say(heading, pause, Utterance.Role.HEADING);
                pause = Utterance.PARAGRAPH_PAUSE_MILLIS;
            } else if (!inBody) {
                script.chapter(title != null ? title : "Article");
            } else {
                pause = Utterance.PARAGRAPH_PAUSE_MILLIS;
            }
            inBody = true;
            for (String paragraph : section.paragraphs()) {
                for (String sentence : sentences.split(paragraph)) {
                    script.say(sentence, pause, Utterance.Role.BODY);
                    pause = 0;
                }
                pause = Utterance.PARAGRAPH_PAUSE_MILLIS;
            }
        }
    }

    private void outro(Article article, Builder script) {
        script.chapter(OUTRO);
        script.say("This article was published by " + publisher(article) + ".", Utterance.SECTION_PAUSE_MILLIS,
                Utterance.Role.OUTRO);
        if (!settings.narratorCredit().isBlank()) {
            script.say(settings.narratorCredit(), 0, Utterance.Role.OUTRO);
        }
    }

    /** The site's name, else the host of its address without "www.". */
    static String publisher(Article article) {
        String site = blankToNull(article.siteName());
        if (site != null) {
            return site;
        }
        for (String url : new String[] {article.canonicalUrl(), article.sourceUrl()}) {
            String host = url == null ? null : hostOf(url);
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        }
        return "its publisher";
    }

    private static @Nullable String hostOf(String url) {
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the voice is given for a line of text, exactly as a script would give it ("AI" → "A I"). */
    public String voiceText(String written) {
        return normalizer.normalize(written).voiceText();
    }

    /** Collects chapters of utterances, and the notes on what the voice does not say as written. */
    private final class Builder {

        private final List<Script.Chapter> chapters = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private @Nullable String chapterTitle;
        private List<Utterance> utterances = new ArrayList<>();

        void chapter(String title) {
            closeChapter();
            chapterTitle = title;
        }

        void say(String written, int pauseBeforeMillis, Utterance.Role role) {
            NormalizedText text = normalizer.normalize(written);
            for (String unsaid : text.unsaid()) {
                notes.add("Not spoken (no English reading): " + unsaid);
            }
            for (Token word : text.transliterated()) {
                notes.add("Spoken in Latin letters: " + word.written() + " → " + word.spoken());
            }
            String spoken = LongTokens.bound(text.voiceText(), notes::add);
            if (spoken.isEmpty()) {
                notes.add("Sentence not spoken (nothing the voice can say): " + written);
                return;
            }
            utterances.add(new Utterance(written, spoken, pauseBeforeMillis, role));
        }

        private void closeChapter() {
            if (chapterTitle != null && !utterances.isEmpty()) {
                chapters.add(new Script.Chapter(chapterTitle, utterances));
            }
            utterances = new ArrayList<>();
        }

        Script build() {
            closeChapter();
            return new Script(chapters, new ArrayList<>(notes));
        }
    }
}
