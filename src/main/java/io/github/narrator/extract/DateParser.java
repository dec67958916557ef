package io.github.narrator.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages put in their metadata: ISO 8601 with or without zone, offsets without a
 * colon ({@code +0000}), a space instead of {@code T}, date only, and RFC 1123. A time without a
 * zone is taken as UTC.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?",
            Pattern.CASE_INSENSITIVE);

    private DateParser() {
    }

    /** The date, or null when the text holds no date this reader understands. */
    static OffsetDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(value);
        if (iso.lookingAt()) {
            return fromIso(iso.group(1), iso.group(2), iso.group(3));
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime fromIso(String date, String time, String zone) {
        try {
            LocalDate day = LocalDate.parse(date);
            if (time == null) {
                return day.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            String clock = time.replace(',', '.');
            if (clock.length() == 5) {
                clock += ":00";
            }
            LocalDateTime local = LocalDateTime.parse(date + "T" + clock);
            return local.atOffset(offset(zone));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
