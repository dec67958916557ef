package io.github.narrator.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates pages put in their metadata: ISO 8601 with or without zone, offsets without a
 * colon ({@code +0000}), a space instead of {@code T}, date only, RFC 1123, and the US written style
 * ("November 19, 2019, 07:47 PM EST"). A time without a zone is taken as UTC.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})"
                    + "(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WRITTEN = Pattern.compile(
            "([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})(?:,? (?:at )?(\\d{1,2}):(\\d{2})(?::\\d{2})? ?([AaPp]\\.?[Mm]\\.?)?"
                    + "(?: ([A-Za-z]{2,4}))?)?");

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final Map<String, ZoneOffset> US_ZONES = Map.of(
            "EST", ZoneOffset.ofHours(-5), "EDT", ZoneOffset.ofHours(-4), "CST", ZoneOffset.ofHours(-6),
            "CDT", ZoneOffset.ofHours(-5), "MST", ZoneOffset.ofHours(-7), "MDT", ZoneOffset.ofHours(-6),
            "PST", ZoneOffset.ofHours(-8), "PDT", ZoneOffset.ofHours(-7), "GMT", ZoneOffset.UTC, "UTC", ZoneOffset.UTC);

    private DateParser() {
    }

    /** Pages carry placeholders ("0001-01-01") and typos; news is from this range. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2200;

    /**
     * The date, or null when the text is null, holds no date this reader understands, or the date is
     * implausible.
     */
    static @Nullable OffsetDateTime parse(@Nullable String text) {
        OffsetDateTime date = read(text);
        return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    }

    private static @Nullable OffsetDateTime read(@Nullable String text) {
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
            return written(value);
        }
    }

    /** "November 19, 2019, 07:47 PM EST" and "Nov. 19, 2019": the US style some CMSs put in meta tags. */
    private static @Nullable OffsetDateTime written(String value) {
        Matcher m = WRITTEN.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int month = month(m.group(1));
        if (month == 0) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            if (m.group(4) == null) {
                return day.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            int hour = Integer.parseInt(m.group(4));
            String half = m.group(6) == null ? "" : m.group(6).replace(".", "").toLowerCase(Locale.ROOT);
            if (!half.isEmpty()) {
                hour = hour % 12 + (half.equals("pm") ? 12 : 0);
            }
            ZoneOffset zone = m.group(7) == null ? ZoneOffset.UTC
                    : US_ZONES.getOrDefault(m.group(7).toUpperCase(Locale.ROOT), ZoneOffset.UTC);
            return day.atTime(hour, Integer.parseInt(m.group(5))).atOffset(zone);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (key.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * @param time the clock time; null for a date alone, taken as midnight UTC
     * @param zone the offset or zone name; null for UTC
     */
    private static @Nullable OffsetDateTime fromIso(String date, @Nullable String time, @Nullable String zone) {
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

    private static ZoneOffset offset(@Nullable String zone) {
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
