package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSelectorTest {

    private static final String ONE = "The council voted on Tuesday to spend four million on new water mains for the east side of"
            + " the town, where the old pipes have burst eleven times since January and closed two schools.";
    private static final String TWO = "Residents told the council that the outages had closed a clinic as well, and that the"
            + " bottled water handed out by the city had run short on at least three occasions this spring.";
    private static final String THREE = "The public works director said crews would begin digging in September and would finish"
            + " the first phase by the end of next spring, weather permitting, with night work on busy streets.";

    private static List<String> afterRepeatsDropped(String... texts) {
        List<TextBlock> kept = new ArrayList<>();
        for (String text : texts) {
            kept.add(TextBlock.paragraph(text, kept.size()));
        }
        BlockSelector.dropRepeats(kept);
        return kept.stream().map(block -> block.text).toList();
    }

    @Test
    void anArticleCarriedTwiceIsReadOnce() {
        assertEquals(List.of(ONE, TWO, THREE), afterRepeatsDropped(ONE, TWO, THREE, ONE + " " + TWO + " " + THREE));
        assertEquals(List.of(ONE, TWO, THREE), afterRepeatsDropped(ONE, TWO, THREE, ONE + " " + TWO));
    }

    @Test
    void aRepeatedStepOrSentencesFromHereAndThereStay() {
        assertEquals(List.of(ONE, TWO, ONE), afterRepeatsDropped(ONE, TWO, ONE));
        String mixed = ONE.substring(0, 90) + " " + THREE.substring(0, 95);
        assertEquals(List.of(ONE, TWO, THREE, mixed), afterRepeatsDropped(ONE, TWO, THREE, mixed));
    }
}
