package io.github.narrator.script.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as a newsreader says them: "June 2, 2025" → "June second, twenty twenty-five",
 * "Feb. 24, 2022", "4 June 2014" → "the fourth of June twenty fourteen", "June 1-2" → "June first
 * to second", "May 31-June 1", "July 1876", "2016-11-03", "12/25/2020", "on 1/4", "02.06.2025"
 * (day first, as written wherever dots are used), decades ("1990s" → "nineteen nineties", "'80s"),
 * "'03" → "oh three", and eras ("340 A.D" → "three forty A D").
 */
final class DateVerbalizer implements Verbalizer {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** Month names and abbreviations; "May", "March" and "Mar" only capitalised, since they are also words. */
    private static String month(String group) {
        return "(?<" + group + ">(?i:january|february|april|june|july|august|september|october|november|december"
                + "|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)|May|MAY|March|MARCH|Mar|MAR)(?!\\p{L})(?:\\.(?!\\p{L}))?";
    }

    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String DAY2 = "(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1\\d{3}|20\\d{2})";
    private static final String NOT_WORD = "(?![\\p{L}\\p{N}])";
    private static final String END = Numbers.END;

    private static final Pattern MONTH_DAY = Pattern.compile(month("month") + "\\s+" + DAY
            + "(?:\\s?[-–]\\s?(?:" + month("month2") + "\\s+)?" + DAY2 + ")?" + NOT_WORD
            + "(?<possessive>['’]s)?(?:(?<comma>,)?\\s+" + YEAR + ")?" + END);
    private static final Pattern DAY_MONTH = Pattern.compile(DAY + "(?:\\s?[-–]\\s?" + DAY2 + ")?\\s+(?:of\\s+)?"
            + month("month") + "(?:(?<comma>,)?\\s+" + YEAR + ")?" + END);
    /**
     * "17 may 2010", "on 17 may.": "may" and "march" in lower case are months only between a day and
     * a year, or after a day at the end of a clause (not "17 may attend").
     */
    private static final Pattern DAY_LOWER_MONTH_YEAR = Pattern.compile(
            DAY + "(?:\\s?[-–]\\s?" + DAY2 + ")?\\s+(?:of\\s+)?(?<month>may|march|mar)"
                    + "(?:\\.?(?<comma>,)?\\s+" + YEAR + END + "|(?=\\s*(?:[.,;:!?)]|$)))");
    private static final Pattern MONTH_YEAR = Pattern.compile(month("month") + "(?<comma>,)?\\s+" + YEAR + END);
    private static final Pattern ISO = Pattern.compile(YEAR + "-(?<mm>[01]\\d)-(?<day>[0-3]\\d)" + END);
    private static final Pattern SLASHED = Pattern.compile("(?<mm>[01]?\\d)/(?<day>[0-3]?\\d)(?:/(?<year>\\d{4}|\\d{2}))?" + END);
    /** Year first with slashes or dots: "2016/07/03", "2016.07.03". */
    private static final Pattern YEAR_FIRST = Pattern.compile(YEAR + "(?<sep>[/.])(?<mm>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)" + END);
    /** Day and month in either order with a four-digit year: "15-01-2020", "25/12/2020", "01-15-2020". */
    private static final Pattern NUMERIC_WITH_YEAR = Pattern.compile(
            "(?<first>[0-3]?\\d)(?<sep>[-/])(?<second>[0-3]?\\d)\\k<sep>(?<year>\\d{4})" + END);
    private static final Pattern DOTTED = Pattern.compile("(?<day>[0-3]?\\d)\\.(?<mm>[01]?\\d)\\.(?<year>\\d{4})" + END);
    private static final Pattern DECADE = Pattern.compile(
            "(?:(?<century>1\\d|20)(?<decade>\\d0)|['’]?(?<short>[1-9]0))['’]?s"
                    + "(?:[-–](?:['’]?(?<short2>[1-9]0)|(?<century2>1\\d|20)(?<decade2>\\d0))['’]?s)?" + NOT_WORD);
    private static final Pattern SHORT_YEAR = Pattern.compile("['’](?<yy>\\d{2})" + NOT_WORD + "(?![.,:]\\d)");
    private static final Pattern ERA_AFTER = Pattern.compile(
            "(?<year>\\d{1,4})\\s?(?<era>A\\.?D\\.?|B\\.?C\\.?(?:E\\.?)?|C\\.?E\\.?)(?!\\p{L})");
    private static final Pattern ERA_BEFORE = Pattern.compile("(?<era>A\\.?D\\.?)\\s(?<year>\\d{1,4})" + END);

    /** Words after which "1/4" is a date ("on 1/4"), not a fraction. */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "until", "till", "since");

    @Override
    public @Nullable Reading read(Cursor cursor) {
        Reading best = null;
        best = longer(best, monthDay(cursor));
        best = longer(best, dayMonth(cursor));
        best = longer(best, monthYear(cursor));
        best = longer(best, numeric(cursor));
        best = longer(best, decade(cursor));
        best = longer(best, shortYear(cursor));
        best = longer(best, era(cursor));
        return best;
    }

    private static @Nullable Reading longer(@Nullable Reading best, @Nullable Reading candidate) {
        return candidate != null && (best == null || candidate.end() > best.end()) ? candidate : best;
    }

    private static @Nullable Reading monthDay(Cursor cursor) {
        Matcher m = cursor.match(MONTH_DAY);
        if (m == null || !isDay(m.group("day")) || (m.group("day2") != null && !isDay(m.group("day2")))) {
            return null;
        }
        String month = monthName(m.group("month"));
        StringBuilder words = new StringBuilder(month).append(' ').append(NumberWords.ordinal(m.group("day")));
        if (m.group("day2") != null) {
            words.append(" to ");
            if (m.group("month2") != null) {
                words.append(monthName(m.group("month2"))).append(' ');
            }
            words.append(NumberWords.ordinal(m.group("day2")));
        }
        if (m.group("possessive") != null) {
            words.append("'s");
        }
        appendYear(words, m);
        return reading(m, words);
    }

    private static @Nullable Reading dayMonth(Cursor cursor) {
        Matcher m = cursor.match(DAY_MONTH);
        if (m == null) {
            m = cursor.match(DAY_LOWER_MONTH_YEAR);
        }
        if (m == null || !isDay(m.group("day")) || (m.group("day2") != null && !isDay(m.group("day2")))) {
            return null;
        }
        String article = cursor.wordBefore().equalsIgnoreCase("the") ? "" : "the ";
        StringBuilder words = new StringBuilder(article).append(NumberWords.ordinal(m.group("day")));
        if (m.group("day2") != null) {
            words.append(" to the ").append(NumberWords.ordinal(m.group("day2")));
        }
        words.append(" of ").append(monthName(m.group("month")));
        appendYear(words, m);
        return reading(m, words);
    }

    private static @Nullable Reading monthYear(Cursor cursor) {
        Matcher m = cursor.match(MONTH_YEAR);
        if (m == null) {
            return null;
        }
        StringBuilder words = new StringBuilder(monthName(m.group("month")));
        appendYear(words, m);
        return reading(m, words);
    }

    /**
     * ISO (2016-11-03), year first with slashes (2016/07/03), American (12/25/2020, "on 1/4"),
     * European dotted (02.06.2025) dates, and day-month-year with a day above 12 (15-01-2020,
     * 25/12/2020). Where day and month could swap (01-02-2020), the month comes first, as in the US.
     */
    private static @Nullable Reading numeric(Cursor cursor) {
        Matcher m = cursor.match(ISO);
        if (m == null) {
            m = cursor.match(YEAR_FIRST);
        }
        if (m == null) {
            Reading withYear = numericWithYear(cursor);
            if (withYear != null) {
                return withYear;
            }
        }
        boolean dayFirst = false;
        if (m == null) {
            m = cursor.match(DOTTED);
            dayFirst = true;
        }
        if (m == null) {
            m = cursor.match(SLASHED);
            dayFirst = false;
            if (m != null && m.group("year") == null && !(DATE_PREPOSITIONS.contains(cursor.wordBefore().toLowerCase(Locale.ROOT))
                    && !cursor.chunkAfter(m.end()).equals("of"))) {
                return null;
            }
        }
        if (m == null || !isDay(m.group("day"))) {
            return null;
        }
        int month = Integer.parseInt(m.group("mm"));
        if (month < 1 || month > 12) {
            return null;
        }
        return reading(m, numericWords(m.group("day"), month, m.group("year"), dayFirst));
    }

    private static @Nullable Reading numericWithYear(Cursor cursor) {
        Matcher m = cursor.match(NUMERIC_WITH_YEAR);
        if (m == null) {
            return null;
        }
        int first = Integer.parseInt(m.group("first"));
        int second = Integer.parseInt(m.group("second"));
        boolean dayFirst = first > 12;
        int month = dayFirst ? second : first;
        String day = dayFirst ? m.group("first") : m.group("second");
        if (month < 1 || month > 12 || !isDay(day)) {
            return null;
        }
        return reading(m, numericWords(day, month, m.group("year"), dayFirst));
    }

    private static StringBuilder numericWords(String day, int month, String year, boolean dayFirst) {
        String ordinal = NumberWords.ordinal(day);
        String name = MONTHS.get(month - 1);
        StringBuilder words = new StringBuilder(dayFirst ? "the " + ordinal + " of " + name : name + " " + ordinal);
        if (year != null) {
            int value = Integer.parseInt(year);
            if (year.length() == 2) {
                value += value < 50 ? 2000 : 1900;
            }
            words.append(dayFirst ? " " : ", ").append(NumberWords.year(value));
        }
        return words;
    }

    private static @Nullable Reading decade(Cursor cursor) {
        Matcher m = cursor.match(DECADE);
        if (m == null) {
            return null;
        }
        String words = decadeWords(m.group("century"), m.group("decade"), m.group("short"));
        if (m.group("short2") != null || m.group("decade2") != null) {
            words += " to " + decadeWords(m.group("century2"), m.group("decade2"), m.group("short2"));
        }
        return new Reading(m.end(), words, Token.Kind.DATE);
    }

    private static String decadeWords(String century, String decade, String shortDecade) {
        if (shortDecade != null) {
            return NumberWords.plural(NumberWords.cardinal(shortDecade));
        }
        return NumberWords.plural(NumberWords.year(Integer.parseInt(century + decade)));
    }

    private static @Nullable Reading shortYear(Cursor cursor) {
        Matcher m = cursor.match(SHORT_YEAR);
        if (m == null) {
            return null;
        }
        return new Reading(m.end(), NumberWords.twoDigitsOfYear(Integer.parseInt(m.group("yy"))), Token.Kind.DATE);
    }

    private static @Nullable Reading era(Cursor cursor) {
        Matcher m = cursor.match(ERA_AFTER);
        boolean after = m != null;
        if (m == null) {
            m = cursor.match(ERA_BEFORE);
        }
        if (m == null) {
            return null;
        }
        String year = NumberWords.year(Integer.parseInt(m.group("year")));
        String era = String.join(" ", m.group("era").replace(".", "").split(""));
        String words = after ? year + " " + era : era + " " + year;
        if (m.group().endsWith(".") && cursor.atTextEnd(m.end())) {
            words += ".";
        }
        return new Reading(m.end(), words, Token.Kind.DATE);
    }

    private static void appendYear(StringBuilder words, Matcher m) {
        if (m.group("year") != null) {
            words.append(m.group("comma") != null ? ", " : " ").append(NumberWords.year(Integer.parseInt(m.group("year"))));
        }
    }

    private static Reading reading(Matcher m, StringBuilder words) {
        return new Reading(m.end(), words.toString(), Token.Kind.DATE);
    }

    private static boolean isDay(String day) {
        int value = Integer.parseInt(day);
        return value >= 1 && value <= 31;
    }

    /** The full month name for a written month ("SEPT." → "September"). */
    private static String monthName(String written) {
        String prefix = written.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        for (String month : MONTHS) {
            if (month.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + written);
    }
}
