package fr.ctg.model;

import java.time.LocalDate;

/** The convention's period of effect, both days included. */
public record Periode(LocalDate debut, LocalDate fin) {

    /** A CTG lasts five years at most, prolongations included. */
    public static final int DUREE_MAXIMALE_ANS = 5;

    public boolean contains(LocalDate jour) {
        return !jour.isBefore(debut) && !jour.isAfter(fin);
    }

    /** The last day a convention of this period may end, prolonged or not: 31/12/2028 for one begun on 01/01/2024. */
    public LocalDate finMaximale() {
        return debut.plusYears(DUREE_MAXIMALE_ANS).minusDays(1);
    }
}
