package fr.ctg.generate;

/** Hears a batch progress. Calls never overlap, so an implementation needs no locking of its own. */
public interface BatchListener {

    BatchListener NONE = (outcome, completed, total) -> {
    };

    /** A convention is done; {@code completed} counts it, out of {@code total}. */
    void finished(Outcome outcome, int completed, int total);
}
