package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.narrator.config.NarratorConfig;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.ArticleLimits;
import io.github.narrator.extract.Section;
import io.github.narrator.script.LongTokens;
import io.github.narrator.script.Script;
import io.github.narrator.script.ScriptWriter;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.Synthesizer;
import io.github.narrator.testing.Slow;

/**
 * Text shaped to make narration cost more than its length: one unbroken token, no spaces, no
 * punctuation, one character repeated, a 50 KB title or byline. FreeTTS works on a token at a time
 * and grows faster than the token (8,000 letters in one token took 196 s, 8,000 characters of prose
 * 2.6 s), so each shape, through the stages a narration goes through (article limits, script, voice),
 * must cost about what ordinary prose of the same length costs: the script stage on 20,000
 * characters, the voice itself on {@value #SPOKEN_CHARS}.
 */
@Slow
class HostileShapesTest {

    private static final int SCRIPT_CHARS = 20_000;
    private static final int SPOKEN_CHARS = 6_000;
    /** How much more a character of a hostile shape may cost than a character of prose. */
    private static final double FACTOR = 3.0;
    private static final String PROSE = "The council voted on Tuesday to extend the bridge closure by three weeks, citing"
            + " safety checks that found corroded bolts under the eastern span. ";

    private static final NarratorConfig CONFIG = NarratorConfig.defaults();
    private static final ScriptWriter WRITER = new ScriptWriter(CONFIG.scriptSettings());
    private static final ArticleLimits LIMITS = new ArticleLimits(CONFIG.getInt("narrator.extract.max-words"));
    private static Synthesizer voice;

    @BeforeAll
    static void loadVoice() throws Exception {
        voice = new Synthesizer(CONFIG.voiceSettings());
        speak(article("Warming up", PROSE.repeat(5), null)); // the first sentence loads FreeTTS's tables
    }

    @AfterAll
    static void closeVoice() {
        voice.close();
    }

    /** Each shape, as the article's body, title or byline. */
    private static Map<String, Article> shapes(int chars) {
        Map<String, Article> shapes = new LinkedHashMap<>();
        shapes.put("one unbroken token", body(cut("abcdefghijklmnopqrstuvwxyz", chars)));
        shapes.put("no spaces", body(cut("Council,voted;to-extend_the.bridge/closure:", chars)));
        shapes.put("no punctuation", body(cut("the council voted to extend the bridge closure ", chars)));
        shapes.put("one letter repeated", body("a".repeat(chars)));
        shapes.put("one mark repeated", body("!".repeat(chars)));
        shapes.put("camel case run", body(cut("CouncilVotedToExtend", chars)));
        shapes.put("50 KB title", article(cut(PROSE, 50_000), PROSE, null));
        shapes.put("50 KB unbroken title", article("x".repeat(50_000), PROSE, null));
        shapes.put("50 KB byline", article("A headline", PROSE, cut("Jane Doe and ", 50_000)));
        return shapes;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // one unbroken 20,000-letter token alone took longer than this
    void theScriptStageCostsWhatProseCostsAndNoTokenIsLongerThanAWord() {
        double prose = millisPerChar(body(cut(PROSE, SCRIPT_CHARS)), false);
        for (Map.Entry<String, Article> shape : shapes(SCRIPT_CHARS).entrySet()) {
            Script script = script(shape.getValue());
            int spokenChars = 0;
            for (Utterance utterance : script.utterances()) {
                spokenChars += utterance.spoken().length();
                for (String token : utterance.spoken().split(" ")) {
                    assertTrue(token.length() <= LongTokens.MAX_WORD, shape.getKey() + ": a token of " + token.length());
                }
            }
            assertTrue(spokenChars <= 2 * SCRIPT_CHARS + 1_000, shape.getKey() + ": " + spokenChars + " characters to say");
            double perChar = millisPerChar(shape.getValue(), false);
            System.out.printf("script stage  %-22s %7.4f ms/char (prose %7.4f)%n", shape.getKey(), perChar, prose);
            assertTrue(perChar <= FACTOR * prose + 0.001, shape.getKey() + ": " + perChar + " ms a character, prose " + prose);
        }
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // one unbroken 6,000-letter token alone took longer than this
    void theVoiceCostsWhatProseCosts() throws Exception {
        double prose = millisPerChar(body(cut(PROSE, SPOKEN_CHARS)), true);
        for (Map.Entry<String, Article> shape : shapes(SPOKEN_CHARS).entrySet()) {
            double perChar = millisPerChar(shape.getValue(), true);
            System.out.printf("script + voice %-22s %7.4f ms/char (prose %7.4f)%n", shape.getKey(), perChar, prose);
            assertTrue(perChar <= FACTOR * prose, shape.getKey() + ": " + perChar + " ms a character, prose " + prose);
        }
    }

    /** Time per character of the article's text (title, byline and body). */
    private static double millisPerChar(Article article, boolean spoken) {
        long start = System.nanoTime();
        Script script = script(article);
        if (spoken) {
            speak(script);
        }
        int chars = article.title().length() + (article.byline() == null ? 0 : article.byline().length())
                + article.bodyText().length();
        return (System.nanoTime() - start) / 1e6 / chars;
    }

    private static Script script(Article article) {
        try {
            return WRITER.write(LIMITS.check(article, false));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void speak(Article article) {
        speak(script(article));
    }

    private static void speak(Script script) {
        try {
            voice.speak(script, new PcmSink() {
                @Override
                public void write(short[] samples, int offset, int length) {
                }

                @Override
                public void close() {
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Article body(String paragraph) {
        return article("A headline", paragraph, null);
    }

    private static Article article(String title, String paragraph, String byline) {
        return new Article("https://news.example/a", "https://news.example/a", title, byline, null, null, "en",
                "News Example", null, null, List.of(new Section(null, List.of(paragraph, "The end."))));
    }

    private static String cut(String pattern, int chars) {
        return pattern.repeat(chars / pattern.length() + 1).substring(0, chars);
    }
}
