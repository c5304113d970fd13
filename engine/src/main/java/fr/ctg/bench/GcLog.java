package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak heap of a child JVM, read from its {@code -Xlog:gc} file: the largest occupancy seen just before a
 * collection ("Pause Young ... 212M->35M(512M)").
 */
final class GcLog {

    private static final Pattern OCCUPANCY = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    static String option(Path log) {
        return "-Xlog:gc:file=" + log;
    }

    static OptionalLong peakHeap(Path log) throws IOException {
        if (!Files.exists(log)) {
            return OptionalLong.empty();
        }
        long peak = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher matcher = OCCUPANCY.matcher(line);
            if (matcher.find()) {
                peak = Math.max(peak, bytes(matcher.group(1), matcher.group(2)));
            }
        }
        return peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak);
    }

    private static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value * 1024;
            case "M" -> value * 1024 * 1024;
            default -> value * 1024 * 1024 * 1024;
        };
    }
}
