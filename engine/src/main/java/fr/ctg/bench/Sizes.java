package fr.ctg.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/** Durations and sizes written the French way. */
final class Sizes {

    private Sizes() {
    }

    /** Below 10 s in milliseconds, above in seconds: "185 ms", "12,4 s". */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return millis + " ms";
        }
        return String.format(Locale.FRANCE, "%.1f s", millis / 1000.0);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%d Mo", Math.round(bytes / (1024.0 * 1024.0)));
    }

    static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? megabytes(bytes.getAsLong()) : "inconnu";
    }

    static String kilobytes(long bytes) {
        return String.format(Locale.FRANCE, "%d Ko", Math.round(bytes / 1024.0));
    }

    static String ratio(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }
}
