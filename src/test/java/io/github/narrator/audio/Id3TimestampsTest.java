package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Id3TimestampsTest {

    @Test
    void dateTimesWithAnOffsetOrZoneBecomeUtcWithoutFractions() {
        assertEquals("2025-06-02T00:31:00", Id3Timestamps.of("2025-06-02T03:31:00+03:00"));
        assertEquals("2025-06-02T03:31:00", Id3Timestamps.of("2025-06-02T03:31:00.250Z"));
        assertEquals("2025-06-02T01:31:00", Id3Timestamps.of("2025-06-02T03:31:00+02:00[Europe/Berlin]"));
    }

    @Test
    void simplerFormsStayAsTheyAre() {
        assertEquals("2025-06-02T03:31:00", Id3Timestamps.of("2025-06-02T03:31"));
        assertEquals("2025-06-02", Id3Timestamps.of("2025-06-02"));
        assertEquals("2025-06", Id3Timestamps.of("2025-06"));
        assertEquals("2025", Id3Timestamps.of(" 2025 "));
    }

    @Test
    void anythingElseIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Id3Timestamps.of("June 2, 2025"));
        assertEquals("release date 'June 2, 2025' is not an ISO 8601 date or date-time", e.getMessage());
    }
}
