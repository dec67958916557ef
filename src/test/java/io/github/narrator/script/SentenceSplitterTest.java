package io.github.narrator.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsOrdinarySentences() {
        assertEquals(List.of("The call lasted an hour.", "Nothing was agreed!", "Why?"),
                splitter.split("The call lasted an hour. Nothing was agreed! Why?"));
    }

    @Test
    void doesNotBreakAfterAbbreviationsInitialismsOrInitials() {
        String paragraph = "Sergey Lavrov and U.S. Secretary of State Marco Rubio spoke. Maj. Gen. Gordon Granger met "
                + "Dr. Smith at No. 10 Downing St. in London. C. S. Lewis wrote on Feb. 24 about it.";
        assertEquals(List.of(
                "Sergey Lavrov and U.S. Secretary of State Marco Rubio spoke.",
                "Maj. Gen. Gordon Granger met Dr. Smith at No. 10 Downing St. in London.",
                "C. S. Lewis wrote on Feb. 24 about it."), splitter.split(paragraph));
    }

    @Test
    void keepsAQuotationTogether() {
        String paragraph = "Trump said: \u201cWe are done. It\u2019s over.\u201d Then he left. "
                + "\"Stop. Now.\" She obeyed.";
        assertEquals(List.of("Trump said: \u201cWe are done. It\u2019s over.\u201d", "Then he left.",
                "\"Stop. Now.\"", "She obeyed."), splitter.split(paragraph));
    }

    @Test
    void breaksAfterAClockTime() {
        assertEquals(List.of("It began at 5 a.m.", "Then it stopped."), splitter.split("It began at 5 a.m. Then it stopped."));
    }

    @Test
    void emptyParagraphHasNoSentences() {
        assertEquals(List.of(), splitter.split("   "));
    }
}
