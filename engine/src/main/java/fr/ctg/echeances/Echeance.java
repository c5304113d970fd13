package fr.ctg.echeances;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Something a convention requires by a given day.
 *
 * @param reference what is due, unique within its convention and type on a given day: "axe-5",
 *     "deliberation-limans", "fin"
 * @param label what is due, in French: "Fin de la convention"
 * @param done whether the convention file shows it satisfied (a dated deliberation, a recorded acknowledgment...)
 */
public record Echeance(LocalDate date, String conventionId, TypeEcheance type, String reference, String label, boolean done) {

    public State state(LocalDate day) {
        if (done || type.isEvent() && date.isBefore(day)) {
            return State.DONE;
        }
        return date.isBefore(day) ? State.LATE : State.UPCOMING;
    }

    /** Days from {@code day} to the deadline, negative once it has passed. */
    public long daysLeft(LocalDate day) {
        return ChronoUnit.DAYS.between(day, date);
    }
}
