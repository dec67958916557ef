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
    /** Written characters of the shapes read out longer than written (see {@link #EXPANSION}). */
    private static final int EXPANDED_CHARS = 2_000;
    /**
     * How much more a character of a hostile shape may cost than a character of prose. Each time is
     * the faster of two runs, as the machine is shared; the shapes that stalled the voice before cost
     * 19 to 60 times prose.
     */
    private static final double FACTOR = 5.0;
    /**
     * How much more a written character of prose may be said as: a run of digits is read as numbers
     * (six spoken characters to one written), a run of addresses letter by letter. Such text costs
     * more a written character (measured 2.9 to 7.4 times prose on 6,000 characters, as load varied)
     * but the same a spoken one, and what is said is bounded by this times what is written: still linear.
     */
    private static final int EXPANSION = 8;
    /**
     * The script stage alone, for every shape: a run of marks costs the normaliser about four times
     * what prose does a character (0.04 against 0.01 ms, linear from 5,000 to 40,000 characters), which
     * is about 1 % of what the voice then costs: the bound that matters is the voice's.
     */
    private static final double SCRIPT_FACTOR = 10.0;
    private static final String PROSE = "The council voted on Tuesday to extend the bridge closure by three weeks, citing"
            + " safety checks that found corroded bolts under the eastern span. ";

    private static final NarratorConfig CONFIG = NarratorConfig.defaults();
    private static final ScriptWriter WRITER = new ScriptWriter(CONFIG.scriptSettings());
    private static final ArticleLimits LIMITS = new ArticleLimits(CONFIG.getInt("narrator.extract.max-words"));
    private static Synthesizer voice;

    @BeforeAll
    static void loadVoice() throws Exception {
        voice = new Synthesizer(CONFIG.voiceSettings());
        speak(body(cut(PROSE, SPOKEN_CHARS))); // loads FreeTTS's tables and lets the JIT compile the voice
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

    /** Shapes read out longer than they are written. */
    private static Map<String, Article> expanded(int chars) {
        Map<String, Article> shapes = new LinkedHashMap<>();
        shapes.put("one digit repeated", body("7".repeat(chars)));
        shapes.put("a run of addresses", body(cut("http://a.b/", chars)));
        return shapes;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // the voice on one unbroken 20,000-letter token would take far longer
    void theScriptStageCostsWhatProseCostsAndNoTokenIsLongerThanAWord() {
        double prose = millisPerChar(body(cut(PROSE, SCRIPT_CHARS)), false);
        Map<String, Article> all = new LinkedHashMap<>(shapes(SCRIPT_CHARS));
        all.putAll(expanded(SCRIPT_CHARS));
        for (Map.Entry<String, Article> shape : all.entrySet()) {
            Script script = script(shape.getValue());
            int spokenChars = 0;
            for (Utterance utterance : script.utterances()) {
                spokenChars += utterance.spoken().length();
                for (String token : utterance.spoken().split(" ")) {
                    assertTrue(token.length() <= LongTokens.MAX_WORD, shape.getKey() + ": a token of " + token.length());
                }
            }
            assertTrue(spokenChars <= EXPANSION * SCRIPT_CHARS + 1_000, shape.getKey() + ": " + spokenChars + " characters to say");
            double perChar = millisPerChar(shape.getValue(), false);
            System.out.printf("script stage  %-22s %7.4f ms/char (prose %7.4f)%n", shape.getKey(), perChar, prose);
            assertTrue(perChar <= SCRIPT_FACTOR * prose + 0.001, shape.getKey() + ": " + perChar + " ms a character, prose " + prose);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // one unbroken 6,000-letter token took 50 s before, twice 100 s
    void theVoiceCostsWhatProseCosts() throws Exception {
        double prose = fastest(() -> millisPerChar(body(cut(PROSE, SPOKEN_CHARS)), true));
        for (Map.Entry<String, Article> shape : shapes(SPOKEN_CHARS).entrySet()) {
            double perChar = fastest(() -> millisPerChar(shape.getValue(), true));
            System.out.printf("script + voice %-22s %7.4f ms/char (prose %7.4f)%n", shape.getKey(), perChar, prose);
            assertTrue(perChar <= FACTOR * prose, shape.getKey() + ": " + perChar + " ms a character, prose " + prose);
        }
        double proseSpoken = fastest(() -> millisPerSpokenChar(body(cut(PROSE, SPOKEN_CHARS))));
        for (Map.Entry<String, Article> shape : expanded(EXPANDED_CHARS).entrySet()) {
            double perChar = fastest(() -> millisPerSpokenChar(shape.getValue()));
            System.out.printf("script + voice %-22s %7.4f ms/spoken char (prose %7.4f)%n", shape.getKey(), perChar, proseSpoken);
            assertTrue(perChar <= FACTOR * proseSpoken, shape.getKey() + ": " + perChar + " ms a spoken character, prose " + proseSpoken);
        }
    }

    /** Time per character the voice is given (what the script says, not what the page wrote). */
    private static double millisPerSpokenChar(Article article) {
        long start = System.nanoTime();
        Script script = script(article);
        speak(script);
        long spoken = script.utterances().stream().mapToLong(u -> u.spoken().length()).sum();
        return (System.nanoTime() - start) / 1e6 / spoken;
    }

    /** The faster of two measurements. */
    private static double fastest(java.util.function.DoubleSupplier measurement) {
        return Math.min(measurement.getAsDouble(), measurement.getAsDouble());
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
