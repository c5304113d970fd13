package fr.ctg.cli;

import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The last words of {@code ctg generer}: how many were produced, how many were up to date (when any was), which failed and why,
 * how long it took.
 */
final class BatchSummary {

    private BatchSummary() {
    }

    static void write(List<Outcome> outcomes, Duration elapsed, PrintWriter out) {
        long produced = outcomes.stream().filter(Outcome.Produced.class::isInstance).count();
        long upToDate = outcomes.stream().filter(Outcome.UpToDate.class::isInstance).count();
        long failed = outcomes.size() - produced - upToDate;
        out.println(produced + (produced > 1 ? " conventions produites, " : " convention produite, ")
                + (upToDate > 0 ? upToDate + " à jour, " : "") + failed + " en échec, en " + seconds(elapsed));
        for (Outcome outcome : outcomes) {
            if (!(outcome instanceof Outcome.Produced || outcome instanceof Outcome.UpToDate)) {
                out.println("  " + reason(outcome));
            }
        }
    }

    static String seconds(Duration elapsed) {
        return String.format(Locale.FRANCE, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    private static String reason(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            return rejected.firstError().oneLine();
        }
        if (outcome instanceof Outcome.Failed failed && failed.diagnostic() != null) {
            return failed.diagnostic().oneLine();
        }
        if (outcome instanceof Outcome.Failed failed) {
            return failed.file() + " : " + failed.message();
        }
        return ((Outcome.Unreadable) outcome).message();
    }
}
