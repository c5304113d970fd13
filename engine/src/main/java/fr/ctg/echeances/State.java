package fr.ctg.echeances;

/** Where a deadline stands on a reference day. */
public enum State {
    LATE,
    UPCOMING,
    DONE
}
