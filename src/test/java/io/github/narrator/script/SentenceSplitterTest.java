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
    void keepsAClockTimeWithWhatCarriesThePhraseOn() {
        assertEquals(List.of("Call between 7 a.m. and 3:30 p.m. EDT on Tuesday.", "Lines close then."),
                splitter.split("Call between 7 a.m. and 3:30 p.m. EDT on Tuesday. Lines close then."));
        assertEquals(List.of("It opens at 9 a.m. GMT+1 daily."), splitter.split("It opens at 9 a.m. GMT+1 daily."));
        assertEquals(List.of("Doors open at 6 p.m. and close at 11 p.m. sharp."),
                splitter.split("Doors open at 6 p.m. and close at 11 p.m. sharp."));
        assertEquals(List.of("The vote on Jan. 6 was No. 12 on the list."),
                splitter.split("The vote on Jan. 6 was No. 12 on the list."));
    }

    @Test
    void emptyParagraphHasNoSentences() {
        assertEquals(List.of(), splitter.split("   "));
    }
}
