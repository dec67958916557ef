package io.github.narrator.script.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Clock times: "3:31 AM" → "three thirty-one A M", "5pm" → "five P M", "10.30pm",
 * "01:00" → "one o'clock", "23:00" → "twenty-three hundred", "9:05" → "nine oh five",
 * "1:01:01" → "one hour one minute and one second", ranges "2pm-5pm" → "two P M to five P M",
 * and a time zone after the time spelled out ("EEST" → "E E S T").
 */
final class TimeVerbalizer implements Verbalizer {

    private static final String MERIDIEM = "(?:[aApP]\\.?\\s?[mM]\\.?)(?![\\p{L}\\p{N}])";
    private static final String ZONE = "(?:UTC|GMT|[ECMP][SD]?T|CES?T|EES?T|BST|MSK|AKST|HST|(?i:utc|gmt|[ecmp][sd]t))"
            + "(?:[+−-]\\d{1,2})?(?![\\p{L}\\p{N}])";
    /** One time; the groups are numbered by {@link #time} from the offset it is given. */
    private static final String TIME =
            "(\\d{1,2})(?:([:.])(\\d{2})(?::(\\d{2}))?)?(?:\\s?(" + MERIDIEM + "))?(?:\\s(" + ZONE + "))?";
    private static final int GROUPS_PER_TIME = 6;
    private static final Pattern TIMES = Pattern.compile(
            TIME + "(?:\\s?[-–]\\s?" + TIME + ")?" + "(?![\\p{L}\\p{N}])(?!:\\d)");

    /** A time written without a separator before "am" or "pm": "1030 am" → "ten thirty A M". */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?<hour>1[0-2]|0?[1-9])(?<minutes>[0-5]\\d)\\s?(?<meridiem>" + MERIDIEM + ")(?:\\s(?<zone>" + ZONE + "))?");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Matcher run = cursor.match(RUN_TOGETHER);
        if (run != null) {
            String words = NumberWords.cardinal(run.group("hour")) + minutesAfter(run.group("minutes"), "")
                    + (Character.toLowerCase(run.group("meridiem").charAt(0)) == 'a' ? " A M" : " P M")
                    + (run.group("zone") != null ? " " + spellZone(run.group("zone")) : "");
            return new Reading(run.end(), keepFullStop(cursor, run, words), Token.Kind.TIME);
        }
        Matcher m = cursor.match(TIMES);
        if (m == null) {
            return null;
        }
        boolean range = m.group(1 + GROUPS_PER_TIME) != null;
        String first = time(m, 1, range);
        String second = range ? time(m, 1 + GROUPS_PER_TIME, false) : "";
        if (first == null || second == null) {
            return null;
        }
        String words = range ? first + " to " + second : first;
        return new Reading(m.end(), keepFullStop(cursor, m, words), Token.Kind.TIME);
    }

    /** The sentence's final full stop, when "p.m." swallowed it. */
    private static String keepFullStop(Cursor cursor, Matcher m, String words) {
        return m.group().endsWith(".") && cursor.atTextEnd(m.end()) ? words + "." : words;
    }

    /**
     * Reads the time whose hour is group {@code g}; null when the groups do not make a time.
     * The start of a range may be a bare hour ("5-7pm").
     */
    private static @Nullable String time(Matcher m, int g, boolean startOfRange) {
        int hour = Integer.parseInt(m.group(g));
        String separator = m.group(g + 1);
        String minutes = m.group(g + 2);
        String seconds = m.group(g + 3);
        String meridiem = m.group(g + 4);
        String zone = m.group(g + 5);
        boolean hasMeridiem = meridiem != null;
        if (hour > 24 || (minutes != null && Integer.parseInt(minutes) > 59)) {
            return null;
        }
        if (startOfRange && !hasMeridiem && minutes == null && hour <= 12) {
            return NumberWords.cardinal(hour);
        }
        if (!hasMeridiem && (minutes == null || separator.equals("."))) {
            return null;
        }
        if (hasMeridiem && (hour > 12 || seconds != null)) {
            return null;
        }
        String words;
        if (seconds != null) {
            words = duration(hour, Integer.parseInt(minutes), Integer.parseInt(seconds));
        } else if (hasMeridiem) {
            words = NumberWords.cardinal(hour) + minutesAfter(minutes, "")
                    + (Character.toLowerCase(meridiem.charAt(0)) == 'a' ? " A M" : " P M");
        } else if (hour == 0 && minutes.equals("00")) {
            words = "midnight";
        } else {
            String oClock = hour <= 12 ? " o'clock" : " hundred";
            words = NumberWords.cardinal(hour) + minutesAfter(minutes, oClock);
        }
        if (zone != null) {
            words += " " + spellZone(zone);
        }
        return words;
    }

    private static String minutesAfter(String minutes, String onTheHour) {
        if (minutes == null || minutes.equals("00")) {
            return onTheHour;
        }
        return " " + NumberWords.twoDigitsOfYear(Integer.parseInt(minutes));
    }

    private static String duration(int hours, int minutes, int seconds) {
        return count(hours, "hour") + " " + count(minutes, "minute") + " and " + count(seconds, "second");
    }

    private static String count(int n, String unit) {
        return NumberWords.cardinal(n) + " " + unit + (n == 1 ? "" : "s");
    }

    private static String spellZone(String zone) {
        StringBuilder words = new StringBuilder();
        for (char c : zone.toCharArray()) {
            if (Character.isLetter(c)) {
                words.append(words.length() > 0 ? " " : "").append(Character.toUpperCase(c));
            }
        }
        Matcher offset = Pattern.compile("([+−-])(\\d{1,2})").matcher(zone);
        if (offset.find()) {
            words.append(offset.group(1).equals("+") ? " plus " : " minus ").append(NumberWords.cardinal(offset.group(2)));
        }
        return words.toString();
    }
}
