package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, timing it and watching its peak resident memory. */
final class ChildProcess {

    /** How often /proc is read while the child runs: VmHWM is a high-water mark, so polling misses nothing but the last moments. */
    private static final long POLL_MILLIS = 20;

    record Result(int exitCode, Duration wall, OptionalLong peakRss) {
    }

    private ChildProcess() {
    }

    /** Runs {@code command}; its output goes to {@code log} (overwritten). */
    static Result run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = -1;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            OptionalLong rss = ProcStatus.peakRss(process.pid());
            if (rss.isPresent()) {
                peak = Math.max(peak, rss.getAsLong());
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new Result(process.exitValue(), wall, peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak));
    }
}
