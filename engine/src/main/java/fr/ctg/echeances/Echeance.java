package fr.ctg.echeances;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Something a convention requires by a given day.
 *
 * @param reference what is due, unique within its convention and type on a given day: "axe-5",
 *     "deliberation-limans", "fin"
 * @param libelle what is due, in French: "Fin de la convention"
 * @param faite whether the convention file shows it satisfied (a dated deliberation, a recorded acknowledgment...)
 */
public record Echeance(LocalDate date, String conventionId, TypeEcheance type, String reference, String libelle, boolean faite) {

    public Etat etat(LocalDate au) {
        if (faite || type.isEvenement() && date.isBefore(au)) {
            return Etat.FAITE;
        }
        return date.isBefore(au) ? Etat.EN_RETARD : Etat.A_VENIR;
    }

    /** Days from {@code au} to the deadline, negative once it has passed. */
    public long joursRestants(LocalDate au) {
        return ChronoUnit.DAYS.between(au, date);
    }
}
