package io.github.narrator.script.normalize;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns written news text into what a newsreader says: numbers, dates, times, money, measures,
 * ranges, Roman numerals, telephone numbers, web addresses, abbreviations and codes in words;
 * lexicon respellings; other scripts in Latin letters; symbols said or dropped.
 *
 * <p>At every place where a token can start (the text's start, or after anything that is not a
 * letter or digit), each verbaliser offers a reading; the longest wins, ties going to the earlier
 * verbaliser in {@link #verbalizers}. Where none reads, a word is taken as written and a symbol
 * by {@link SymbolReader}. Instances are immutable and safe to share between threads.
 */
public final class Normalizer {

    private final List<Verbalizer> verbalizers = new ArrayList<>();
    private final WordReader words;
    private final SymbolReader symbols = new SymbolReader();

    /** A normaliser without respellings. */
    public Normalizer() {
        this(Lexicon.empty());
    }

    /** A normaliser that says the lexicon's respellings in place of the words they list. */
    public Normalizer(Lexicon lexicon) {
        words = new WordReader(lexicon);
        if (!lexicon.isEmpty()) {
            verbalizers.add(new LexiconVerbalizer(lexicon));
        }
        verbalizers.addAll(List.of(
                new ElectronicVerbalizer(),
                new TelephoneVerbalizer(),
                new IdentifierVerbalizer(),
                new MoneyVerbalizer(),
                new TimeVerbalizer(),
                new DateVerbalizer(),
                new MeasureVerbalizer(),
                new AddressVerbalizer(),
                new RangeVerbalizer(),
                new FractionVerbalizer(),
                new DecimalVerbalizer(),
                new OrdinalVerbalizer(),
                new RomanVerbalizer(),
                new StateVerbalizer(),
                new AbbreviationVerbalizer(),
                new InitialismVerbalizer(),
                new CardinalVerbalizer(),
                new SerialVerbalizer()));
    }

    /** What is said for the text, e.g. "$1.2 billion" → "one point two billion dollars". */
    public String spoken(String written) {
        return normalize(written).spoken();
    }

    /** The text token by token, each with its written and spoken form. */
    public NormalizedText normalize(String written) {
        if (written == null) {
            throw new IllegalArgumentException("no text to normalise (null)");
        }
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        while (at < written.length()) {
            Token token = startsToken(written, at) ? verbalize(written, at) : null;
            if (token == null) {
                int c = written.codePointAt(at);
                token = WordReader.isWordCharacter(c) ? words.read(written, at, WordReader.end(written, at))
                        : symbols.read(written, at);
            }
            tokens.add(token);
            at = token.end();
        }
        return new NormalizedText(written, tokens);
    }

    private static boolean startsToken(String text, int at) {
        return at == 0 || !WordReader.isWordCharacter(text.codePointBefore(at));
    }

    private @Nullable Token verbalize(String text, int at) {
        Cursor cursor = new Cursor(text, at);
        Reading best = null;
        for (Verbalizer verbalizer : verbalizers) {
            Reading reading = readingOf(verbalizer, cursor);
            if (reading != null && reading.end() > at && (best == null || reading.end() > best.end())) {
                best = reading;
            }
        }
        return best == null ? null : new Token(at, best.end(), text.substring(at, best.end()), best.spoken(), best.kind());
    }

    /**
     * A verbaliser that trips over a number it cannot hold (a bug, found so far only by fuzzing)
     * offers no reading, so one odd token costs its reading, not the article's narration: the
     * other verbalisers still read it, digit by digit at worst.
     */
    private static @Nullable Reading readingOf(Verbalizer verbalizer, Cursor cursor) {
        try {
            return verbalizer.read(cursor);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
