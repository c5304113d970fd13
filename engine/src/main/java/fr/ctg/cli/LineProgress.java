package fr.ctg.cli;

import fr.ctg.generate.BatchListener;
import fr.ctg.generate.Outcome;

/** Progress as plain lines, for logs and pipes: one line per produced or up-to-date convention, the problems in full. */
final class LineProgress implements BatchListener {

    private final OutcomeMessages messages;

    LineProgress(OutcomeMessages messages) {
        this.messages = messages;
    }

    @Override
    public void finished(Outcome outcome, int completed, int total) {
        if (outcome instanceof Outcome.Produced produced) {
            messages.produced(produced);
        } else if (outcome instanceof Outcome.UpToDate upToDate) {
            messages.upToDate(upToDate);
        } else {
            messages.problem(outcome);
        }
    }
}
