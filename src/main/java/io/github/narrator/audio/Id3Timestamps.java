package io.github.narrator.audio;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * ID3v2.4 timestamps (TDRL and the like) are a subset of ISO 8601: yyyy, yyyy-MM, yyyy-MM-dd or
 * yyyy-MM-ddTHH:mm:ss, in UTC, with no zone and no fractions. Articles give richer forms.
 */
final class Id3Timestamps {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    private Id3Timestamps() {
    }

    /** {@code isoDate} (a date, or a date-time with or without an offset or zone) as an ID3 timestamp. */
    static String of(String isoDate) {
        String value = isoDate.strip();
        if (YEAR_OR_MONTH.matcher(value).matches()) {
            return value;
        }
        try {
            return ZonedDateTime.parse(value).withZoneSameInstant(ZoneOffset.UTC).format(DATE_TIME);
        } catch (DateTimeParseException notZoned) {
            // try the forms without a zone
        }
        try {
            return LocalDateTime.parse(value).format(DATE_TIME);
        } catch (DateTimeParseException notLocal) {
            // try a plain date
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("release date '" + isoDate + "' is not an ISO 8601 date or date-time", e);
        }
    }
}
