package io.github.narrator.watermark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The payload's bits, CRC, convolutional code and frame layout. */
class CodingTest {

    @Test
    void thePayloadSurvivesItsBitsAndTakesItsIdFromTheContentHash() {
        Payload payload = Payload.forNarration("sha256:deadbeef0123");
        assertEquals(0xdeadbeefL, payload.id());
        assertEquals("deadbeef", payload.idHex());
        assertTrue(payload.synthetic());
        assertEquals(Payload.NARRATOR, payload.generator());
        assertEquals(payload, Payload.fromBits(payload.toBits()));
        assertTrue(payload.matchesContentHash("sha256:deadbeef99"));
        assertThrows(IllegalArgumentException.class, () -> Payload.forNarration("sha256:xyz"));
    }

    @Test
    void theViterbiDecoderCorrectsScatteredErrorsAndErasures() {
        Random random = new Random(3);
        int[] bits = new int[FrameLayout.INFO_BITS];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = random.nextInt(2);
        }
        int[] coded = ConvolutionalCode.encode(bits);
        double[] soft = new double[coded.length];
        for (int i = 0; i < coded.length; i++) {
            soft[i] = coded[i] == 0 ? 1 : -1;
        }
        for (int i = 0; i < coded.length; i += 12) {
            soft[i] = -soft[i]; // one error in every twelve
        }
        for (int i = 5; i < coded.length; i += 17) {
            soft[i] = 0; // and an erasure in every seventeen
        }
        assertArrayEquals(bits, ConvolutionalCode.decode(soft, bits.length));
    }

    @Test
    void aFrameDecodesOnlyWhenItsCrcChecks() {
        Payload payload = Payload.forNarration("sha256:0badf00d");
        int[] symbols = FrameLayout.symbols(payload, WatermarkKey.DEFAULT);
        double[] folded = new double[FrameLayout.BLOCKS];
        for (int position = 0; position < FrameLayout.BLOCKS; position++) {
            folded[position] = symbols[position] * WatermarkKey.DEFAULT.scramble(position);
        }
        assertEquals(payload, FrameLayout.decode(folded));
        assertNull(FrameLayout.decode(new double[FrameLayout.BLOCKS]), "silence is no payload");
        int accepted = 0;
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            for (int position = 0; position < FrameLayout.BLOCKS; position++) {
                folded[position] = random.nextGaussian();
            }
            accepted += FrameLayout.decode(folded) == null ? 0 : 1;
        }
        assertEquals(0, accepted, "noise passes the CRC-24 once in 16 million");
    }

    @Test
    void theLayoutCarriesEveryCodedBitAndKeysScrambleDifferently() {
        Set<Integer> carried = new HashSet<>();
        for (int position = 0; position < FrameLayout.BLOCKS; position++) {
            if (!FrameLayout.isSync(position)) {
                carried.add(FrameLayout.codedIndex(position));
            }
        }
        assertEquals(FrameLayout.CODED_BITS, carried.size());
        WatermarkKey other = WatermarkKey.privateKey("another");
        int same = 0;
        for (int position = 0; position < FrameLayout.BLOCKS; position++) {
            same += WatermarkKey.DEFAULT.scramble(position) == other.scramble(position) ? 1 : 0;
        }
        assertTrue(same > 50 && same < 130, same + " of 180 signs alike");
        assertThrows(IllegalArgumentException.class, () -> WatermarkKey.privateKey(" "));
    }
}
