package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void oddCountTakesTheMiddleValue() {
        Stats stats = Stats.of(9.0, 1.0, 5.0);
        assertEquals(5.0, stats.median());
        assertEquals(1.0, stats.min());
        assertEquals(9.0, stats.max());
        assertEquals(3, stats.runs());
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertEquals(3.5, Stats.of(List.of(4.0, 1.0, 3.0, 100.0)).median());
    }

    @Test
    void oneDisturbedRunMovesTheRangeNotTheMedian() {
        Stats stats = Stats.of(300.0, 310.0, 120.0, 305.0, 302.0);
        assertEquals(302.0, stats.median());
        assertEquals(120.0, stats.min());
    }

    @Test
    void oneRunIsItsOwnMedianAndRange() {
        Stats stats = Stats.of(7.5);
        assertEquals(new Stats(7.5, 7.5, 7.5, 1), stats);
    }

    @Test
    void noRunsOrBrokenRunsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Stats.of(1.0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Stats.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void figuresCompareTheirMedianWithTheTarget() {
        Stats ratio = Stats.of(0.85, 0.95, 0.92);
        Figure floor = Figure.atLeast("engine", "pipeline / limit", "ratio", ratio, 0.9);
        assertEquals(">= 0.90", floor.target());
        assertEquals(Boolean.TRUE, floor.met());
        Figure ceiling = Figure.atMost("memory", "RSS ratio", "ratio", ratio, 0.9);
        assertEquals(Boolean.FALSE, ceiling.met());
        assertEquals(null, Figure.of("encoder", "speed", "audio s / CPU s", ratio).met());
    }

    @Test
    void numbersKeepAboutThreeSignificantDigits() {
        assertEquals("1126", Format.number(1126.4));
        assertEquals("24.8", Format.number(24.81));
        assertEquals("0.93", Format.number(0.934));
        assertEquals("-1.50", Format.number(-1.5));
    }
}
