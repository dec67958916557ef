package io.github.narrator.serve;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpDateTime;

/**
 * Whether a request's {@code Range} header is to be honoured, deciding what Jetty leaves to us
 * (RFC 9110 §14.2 and §13.1.5): a Range whose unit is not bytes or whose syntax is invalid is
 * ignored rather than refused with 416; one with more than {@link #MAX_RANGES} ranges is ignored
 * (no player asks for that, and overlapping parts multiply the bytes sent); and {@code If-Range}
 * keeps the Range only while its validator still matches the file, so a client resuming a download
 * of a narration that has since been replaced gets the new file whole.
 */
final class RangeConditions {

    static final int MAX_RANGES = 4;

    private static final Pattern BYTES_UNIT = Pattern.compile("^\\s*bytes\\s*=(.*)$", Pattern.CASE_INSENSITIVE);
    /** Positions of up to 18 digits: longer ones overflow the HTTP library's arithmetic, so they are not honoured. */
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,18})-(\\d{0,18})$");
    private static final Pattern SUFFIX = Pattern.compile("^-\\d{1,18}$");

    private RangeConditions() {
    }

    /**
     * @param etag         the file's current strong ETag, quoted
     * @param lastModified the file's modification time
     * @return false when the Range header (if any) must be ignored and the whole file sent
     */
    static boolean honourRange(HttpFields headers, String etag, Instant lastModified) {
        List<String> ranges = headers.getValuesList(HttpHeader.RANGE);
        if (ranges.isEmpty()) {
            return true;
        }
        if (ranges.size() > 1 || !isValidByteRanges(ranges.get(0))) {
            return false;
        }
        String ifRange = headers.get(HttpHeader.IF_RANGE);
        return ifRange == null || ifRangeMatches(ifRange.strip(), etag, lastModified);
    }

    /** {@code bytes=} followed by 1 to {@link #MAX_RANGES} ranges {@code a-b}, {@code a-} or {@code -n}, each with a &lt;= b. */
    static boolean isValidByteRanges(String value) {
        Matcher unit = BYTES_UNIT.matcher(value);
        if (!unit.matches()) {
            return false;
        }
        int count = 0;
        for (String part : unit.group(1).split(",", -1)) {
            String range = part.strip();
            if (range.isEmpty()) {
                continue;
            }
            if (++count > MAX_RANGES) {
                return false;
            }
            Matcher bounds = RANGE.matcher(range);
            if (bounds.matches()) {
                if (!bounds.group(2).isEmpty() && Long.parseLong(bounds.group(1)) > Long.parseLong(bounds.group(2))) {
                    return false;
                }
            } else if (!SUFFIX.matcher(range).matches()) {
                return false;
            }
        }
        return count > 0;
    }

    /** Strong comparison for an entity tag (a weak one never matches); exact equality for a date. */
    static boolean ifRangeMatches(String ifRange, String etag, Instant lastModified) {
        if (ifRange.startsWith("\"") || ifRange.startsWith("W/")) {
            return etag != null && !ifRange.startsWith("W/") && ifRange.equals(etag);
        }
        long date = HttpDateTime.parseToEpoch(ifRange);
        return date >= 0 && lastModified != null && date / 1000 == lastModified.getEpochSecond();
    }
}
