package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident memory of a Linux process, from /proc/<pid>/status; empty where there is no /proc. */
final class ProcStatus {

    private ProcStatus() {
    }

    /** The peak resident set size ("high water mark"), in bytes. */
    static OptionalLong peakRss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    static OptionalLong field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).strip().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            // The process may just have ended; or this is not Linux.
            return OptionalLong.empty();
        }
    }
}
