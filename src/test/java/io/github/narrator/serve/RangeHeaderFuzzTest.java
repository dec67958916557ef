package io.github.narrator.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any Range and If-Range header is either honoured or ignored, never an exception; a Range
 * honoured is one Jetty can serve: bytes, at most MAX_RANGES ranges, each in order and within
 * 18 digits. (Lives beside RangeConditions, which is package-private.) Replays its inputs in every
 * build; fuzzes for 20 s with JAZZER_FUZZ=1 (see .ci/run).
 */
class RangeHeaderFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyRangeHeaderIsHonouredOrIgnored(FuzzedDataProvider data) {
        String range = data.consumeString(500);
        String ifRange = data.consumeBoolean() ? data.consumeString(100) : null;
        HttpFields.Mutable headers = HttpFields.build();
        try {
            headers.put(HttpHeader.RANGE, range);
            if (ifRange != null) {
                headers.put(HttpHeader.IF_RANGE, ifRange);
            }
        } catch (IllegalArgumentException notAHeaderValue) {
            return; // Jetty would not have parsed such a request in the first place
        }
        RangeConditions.honourRange(headers, "\"17f.2a.1\"", Instant.ofEpochSecond(1_700_000_000));
        if (RangeConditions.isValidByteRanges(range)) {
            String ranges = range.strip().substring(range.strip().indexOf('=') + 1);
            long count = java.util.Arrays.stream(ranges.split(",", -1)).filter(r -> !r.isBlank()).count();
            assertTrue(count >= 1 && count <= RangeConditions.MAX_RANGES, () -> "honoured " + count + " ranges: " + range);
            for (String part : ranges.split(",", -1)) {
                String r = part.strip();
                if (r.isEmpty()) {
                    continue;
                }
                assertTrue(r.matches("\\d{1,18}-\\d{0,18}|-\\d{1,18}"), () -> "honoured a range Jetty cannot read: " + r);
                if (r.matches("\\d+-\\d+")) {
                    String[] bounds = r.split("-");
                    assertTrue(Long.parseLong(bounds[0]) <= Long.parseLong(bounds[1]), () -> "reversed range honoured: " + r);
                }
            }
        }
    }
}
