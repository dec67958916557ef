package io.github.narrator.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LongTokensTest {

    private final List<String> notes = new ArrayList<>();

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String text = "Pneumonoultramicroscopicsilicovolcanoconiosis is a long word, but a word.";
        assertSame(text, LongTokens.bound(text, notes::add));
        assertEquals(List.of(), notes);
    }

    @Test
    void anOverlongTokenIsSplitAtItsSeams() {
        String run = "CouncilVotedToExtend".repeat(4) + "_bridge-closure/2025";
        assertEquals("Council Voted To Extend Council Voted To Extend Council Voted To Extend Council Voted To Extend"
                + " bridge closure 2025", LongTokens.bound(run, notes::add));
        assertEquals(List.of(), notes);
    }

    @Test
    void aPieceLongerThanAnyWordIsLeftOutWithOneNote() {
        String text = "Before " + "a".repeat(8_000) + " middle " + "b".repeat(50) + "-" + "c".repeat(60) + " after.";
        assertEquals("Before middle after.", LongTokens.bound(text, notes::add));
        assertEquals(List.of("Not spoken (3 runs of characters with no break, longer than any word): aaaaaaaaaaaaaaaaaaaaaaaa…"),
                notes);
    }

    @Test
    void aRunOfMarksIsDroppedWithoutANote() {
        assertEquals("Wow", LongTokens.bound("Wow" + "!".repeat(5_000), notes::add));
        assertEquals(List.of(), notes);
    }
}
