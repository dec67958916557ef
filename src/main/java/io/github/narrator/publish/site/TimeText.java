package io.github.narrator.publish.site;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** Seconds as people and machines read them on the player pages. */
final class TimeText {

    private TimeText() {
    }

    /** "4:05" or "1:02:03": a position in the audio. */
    static String clock(double seconds) {
        long s = Math.max(0, (long) Math.floor(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "4 min 5 s": a length, spelled out for screen readers too. */
    static String length(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        return s >= 3600 ? String.format(Locale.ROOT, "%d h %d min", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
    }

    /** "PT4M5S": the datetime attribute of a {@code <time>} holding a length. */
    static String isoDuration(double seconds) {
        return Duration.ofSeconds(Math.max(0, Math.round(seconds))).toString();
    }

    /** A media time for attributes and fragments: milliseconds at most, no trailing zeros. */
    static String attribute(double seconds) {
        return BigDecimal.valueOf(Math.round(seconds * 1000), 3).stripTrailingZeros().toPlainString();
    }

    /** "1.2 MB": a download size. */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%d kB", Math.round(bytes / 1000.0))
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
