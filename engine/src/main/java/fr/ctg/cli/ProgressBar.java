package fr.ctg.cli;

import fr.ctg.generate.BatchListener;
import fr.ctg.generate.Outcome;
import java.io.PrintWriter;

/**
 * Progress on a terminal: one line redrawn in place, {@code [=====>    ] 37/120 conventions}. A problem
 * is printed in full above it, the bar being wiped first and drawn again after.
 */
final class ProgressBar implements BatchListener {

    static final int WIDTH = 30;

    private final PrintWriter out;
    private final OutcomeMessages messages;
    private int drawnLength;

    ProgressBar(PrintWriter out, OutcomeMessages messages) {
        this.out = out;
        this.messages = messages;
    }

    /** Shows the empty bar before the first convention is done. */
    void start(int total) {
        draw(0, total);
    }

    @Override
    public void finished(Outcome outcome, int completed, int total) {
        if (!(outcome instanceof Outcome.Produced || outcome instanceof Outcome.UpToDate)) {
            wipe();
            messages.problem(outcome);
        }
        draw(completed, total);
        if (completed == total) {
            out.println();
            out.flush();
        }
    }

    static String line(int completed, int total) {
        int filled = total == 0 ? WIDTH : completed * WIDTH / total;
        String bar = completed >= total
                ? "=".repeat(WIDTH)
                : "=".repeat(filled) + ">" + " ".repeat(WIDTH - filled - 1);
        return "[" + bar + "] " + completed + "/" + total + " conventions";
    }

    private void draw(int completed, int total) {
        String line = line(completed, total);
        out.print("\r" + line);
        out.flush();
        drawnLength = line.length();
    }

    private void wipe() {
        out.print("\r" + " ".repeat(drawnLength) + "\r");
        out.flush();
    }
}
