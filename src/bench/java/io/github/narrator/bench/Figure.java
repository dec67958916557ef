package io.github.narrator.bench;

import org.jspecify.annotations.Nullable;

/**
 * One line of the benchmark's table.
 *
 * @param section which question it answers ("engine", "cores", "memory", ...)
 * @param name    what was measured, e.g. "pipeline / limit, 5000 words"
 * @param unit    e.g. "x real time", "MiB", "s"
 * @param target  the target it is held to, e.g. ">= 0.9"; null when it only informs
 * @param met     whether the median meets the target; null without one
 */
public record Figure(String section, String name, String unit, Stats stats, @Nullable String target, @Nullable Boolean met) {

    public static Figure of(String section, String name, String unit, Stats stats) {
        return new Figure(section, name, unit, stats, null, null);
    }

    /** A figure whose median must be at least {@code floor}. */
    public static Figure atLeast(String section, String name, String unit, Stats stats, double floor) {
        return new Figure(section, name, unit, stats, ">= " + Format.number(floor), stats.median() >= floor);
    }

    /** A figure whose median must be at most {@code ceiling}. */
    public static Figure atMost(String section, String name, String unit, Stats stats, double ceiling) {
        return new Figure(section, name, unit, stats, "<= " + Format.number(ceiling), stats.median() <= ceiling);
    }
}
