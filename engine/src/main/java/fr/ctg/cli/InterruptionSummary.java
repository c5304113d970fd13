package fr.ctg.cli;

import fr.ctg.generate.BatchListener;
import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch interrupted by Ctrl-C (or any ending signal) had done: the conventions finished so far, then the usual
 * summary, printed by a shutdown hook while the batch runs. Passes each outcome on to the progress it wraps.
 */
final class InterruptionSummary implements BatchListener, AutoCloseable {

    private final BatchListener progress;
    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final Thread hook = new Thread(this::printInterrupted, "ctg-interruption");
    private final List<Outcome> done = new ArrayList<>();
    private int total;

    InterruptionSummary(BatchListener progress, PrintWriter out, int total) {
        this.progress = progress;
        this.out = out;
        this.total = total;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public synchronized void finished(Outcome outcome, int completed, int total) {
        done.add(outcome);
        this.total = total;
        progress.finished(outcome, completed, total);
    }

    /** The batch is over: nothing to say on exit. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it says what was done
        }
    }

    synchronized void printInterrupted() {
        out.println();
        out.println("ctg : interrompu après " + done.size() + (done.size() > 1 ? " conventions" : " convention") + " sur " + total);
        BatchSummary.write(done, Duration.ofNanos(System.nanoTime() - start), out);
        out.flush();
    }
}
