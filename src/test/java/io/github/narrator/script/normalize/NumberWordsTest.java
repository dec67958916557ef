package io.github.narrator.script.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void cardinalsHaveNoAndAndHyphenatedTens() {
        assertEquals("zero", NumberWords.cardinal(0));
        assertEquals("thirty-four", NumberWords.cardinal(34));
        assertEquals("one hundred five", NumberWords.cardinal(105));
        assertEquals("one thousand", NumberWords.cardinal("1,000"));
        assertEquals("two million three thousand one", NumberWords.cardinal("2003001"));
        assertEquals("minus seven", NumberWords.cardinal(-7));
    }

    @Test
    void ordinalsChangeTheLastWord() {
        assertEquals("first", NumberWords.ordinal(1));
        assertEquals("twelfth", NumberWords.ordinal(12));
        assertEquals("twentieth", NumberWords.ordinal(20));
        assertEquals("twenty-first", NumberWords.ordinal(21));
        assertEquals("one hundred eleventh", NumberWords.ordinal(111));
        assertEquals("one thousandth", NumberWords.ordinal(1000));
    }

    @Test
    void yearsAreReadInPairs() {
        assertEquals("nineteen eighty-six", NumberWords.year(1986));
        assertEquals("eighteen oh one", NumberWords.year(1801));
        assertEquals("nineteen hundred", NumberWords.year(1900));
        assertEquals("two thousand", NumberWords.year(2000));
        assertEquals("two thousand six", NumberWords.year(2006));
        assertEquals("twenty ten", NumberWords.year(2010));
        assertEquals("twenty twenty-five", NumberWords.year(2025));
        assertEquals("three forty", NumberWords.year(340));
        assertEquals("seventy-nine", NumberWords.year(79));
    }

    @Test
    void decimalsReadTheirFractionDigitByDigit() {
        assertEquals("two point zero five zero", NumberWords.decimal("2.050"));
        assertEquals("point two five", NumberWords.decimal(".25"));
    }

    @Test
    void digitsAndPlurals() {
        assertEquals("zero zero seven", NumberWords.digits("007"));
        assertEquals("eighties", NumberWords.plural("eighty"));
        assertEquals("nineteen tens", NumberWords.plural(NumberWords.year(1910)));
    }

    @Test
    void hugeNumbersAreReadDigitByDigit() {
        assertEquals("one two three four five six seven eight nine zero one two three four five six seven eight nine",
                NumberWords.cardinal("1234567890123456789"));
    }
}
