package io.github.narrator.config;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/** What values a setting takes: each type says what is wrong with a value, and how to describe good ones. */
interface SettingType {

    /** What is wrong with this value (already stripped); null when it is fine. */
    @Nullable String problem(String value);

    /** The values it takes, for the README and error messages ("whole number, 1 to 100"). */
    String describe();

    /** Any text, empty included. */
    static SettingType text() {
        return new Text(false);
    }

    /** Text that must not be empty. */
    static SettingType requiredText() {
        return new Text(true);
    }

    static SettingType wholeNumber(long min, long max) {
        return new WholeNumber(min, max);
    }

    static SettingType decimal(double min, double max) {
        return new Decimal(min, max);
    }

    static SettingType bool() {
        return new Bool();
    }

    static SettingType oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    /** One of a set that is only known at run time (the voices FreeTTS finds). */
    static SettingType oneOf(String what, Supplier<Set<String>> values) {
        return new Known(what, values);
    }

    /** A path to a file or folder (whether it must exist is up to the command). */
    static SettingType path(String what) {
        return new PathType(what);
    }

    static SettingType duration(@Nullable Duration min) {
        return new DurationType(min);
    }

    /** A duration above zero. */
    static SettingType positiveDuration() {
        return new DurationType(null);
    }

    /** An absolute http(s) URL; empty allowed when {@code optional}. */
    static SettingType httpUrl(boolean optional) {
        return new HttpUrl(optional);
    }

    /** Text checked by a function that throws {@link IllegalArgumentException} naming the problem. */
    static SettingType checkedBy(String description, Function<String, ?> check) {
        return new Checked(description, check);
    }

    /**
     * Parses a duration as settings write them: {@code 10s}, {@code 2m}, {@code 1h30m}, {@code 24h},
     * or ISO-8601 ({@code PT10S}).
     */
    static Duration parseDuration(String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return Duration.parse(upper.startsWith("P") ? upper : "PT" + upper);
    }

    record Text(boolean required) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            return required && value.isEmpty() ? "must not be empty" : null;
        }

        @Override
        public String describe() {
            return required ? "text" : "text, may be empty";
        }
    }

    record WholeNumber(long min, long max) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                return "must be a whole number (" + range() + ")";
            }
            return number < min || number > max ? "must be " + range() : null;
        }

        @Override
        public String describe() {
            return "whole number, " + range();
        }

        private String range() {
            return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
        }
    }

    record Decimal(double min, double max) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return "must be a number (" + range() + ")";
            }
            return !(number >= min && number <= max) ? "must be " + range() : null;
        }

        @Override
        public String describe() {
            return "number, " + range();
        }

        private String range() {
            return plain(min) + " to " + plain(max);
        }

        private static String plain(double number) {
            return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
        }
    }

    record OneOf(List<String> values) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            return values.contains(value) ? null : "must be " + describe();
        }

        @Override
        public String describe() {
            return values.size() == 2 ? values.get(0) + " or " + values.get(1) : "one of " + String.join(", ", values);
        }
    }

    record Bool() implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "must be true or false";
        }

        @Override
        public String describe() {
            return "true or false";
        }
    }

    record Known(String what, Supplier<Set<String>> values) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            Set<String> known = values.get();
            return known.contains(value) ? null : "no " + what + " of that name; known: " + String.join(", ", known);
        }

        @Override
        public String describe() {
            return "a " + what + ": " + String.join(", ", values.get());
        }
    }

    record PathType(String what) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            if (value.isEmpty()) {
                return "must name a " + what;
            }
            try {
                java.nio.file.Path.of(value);
                return null;
            } catch (java.nio.file.InvalidPathException e) {
                return "is not a path: " + e.getReason();
            }
        }

        @Override
        public String describe() {
            return "a " + what;
        }
    }

    /** A duration of at least {@code min}; null for any above zero. */
    record DurationType(@Nullable Duration min) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            Duration duration;
            try {
                duration = parseDuration(value);
            } catch (DateTimeParseException e) {
                return "must be a duration like 10s, 2m or 1h30m";
            }
            if (min == null) {
                return duration.isNegative() || duration.isZero() ? "must be longer than zero" : null;
            }
            return duration.compareTo(min) < 0 ? "must be at least " + readable(min) : null;
        }

        @Override
        public String describe() {
            if (min == null) {
                return "duration above zero (10s, 2m, 1h30m)";
            }
            return min.isZero() ? "duration (10s, 2m, 1h30m)" : "duration, at least " + readable(min);
        }

        private static String readable(Duration duration) {
            return duration.toString().substring(2).toLowerCase(Locale.ROOT);
        }
    }

    record HttpUrl(boolean optional) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            if (value.isEmpty()) {
                return optional ? null : "must be an absolute http(s) URL";
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? null
                        : "must be an absolute http(s) URL";
            } catch (java.net.URISyntaxException e) {
                return "is not a URL: " + e.getReason();
            }
        }

        @Override
        public String describe() {
            return optional ? "http(s) URL, or empty" : "http(s) URL";
        }
    }

    record Checked(String description, Function<String, ?> check) implements SettingType {
        @Override
        public @Nullable String problem(String value) {
            try {
                check.apply(value);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        @Override
        public String describe() {
            return description;
        }
    }
}
