package io.github.narrator.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.narrator.script.normalize.Lexicon;
import io.github.narrator.script.normalize.NormalizedText;
import io.github.narrator.script.normalize.Normalizer;

/**
 * Any text at all becomes something the voice can say: printable ASCII, no digit left for FreeTTS
 * to guess at, and never an exception. Replays its inputs (seeds and past findings) in every build;
 * fuzzes for 20 s with JAZZER_FUZZ=1 (see .ci/run).
 */
class NormalizerFuzzTest {

    private static final Normalizer NORMALIZER = new Normalizer(Lexicon.bundled());

    @FuzzTest(maxDuration = "20s")
    void anyTextBecomesSayableAscii(FuzzedDataProvider data) {
        String written = data.consumeRemainingAsString();
        NormalizedText text = NORMALIZER.normalize(written);
        String voice = text.voiceText();
        assertTrue(voice.chars().allMatch(c -> c >= 0x20 && c <= 0x7E), () -> "not printable ASCII: " + voice);
        assertTrue(voice.chars().noneMatch(Character::isDigit), () -> "digits left unread in '" + voice + "' for '" + written + "'");
    }
}
