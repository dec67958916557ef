package io.github.narrator.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.github.narrator.script.normalize.Normalizer;

class NormalizerFuzzTest {

    private static final Normalizer NORMALIZER = new Normalizer();

    @FuzzTest(maxDuration = "20s")
    void anyTextIsSpokenWithoutDigits(FuzzedDataProvider data) {
        String spoken = NORMALIZER.spoken(data.consumeRemainingAsString());
        assertFalse(spoken.chars().anyMatch(Character::isDigit), () -> "digits left in " + spoken);
    }
}
