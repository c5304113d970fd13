package fr.ctg.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An axis of the plan d'actions: its fiches, or the date by which an avenant must bring them.
 *
 * @param domaines the national domains it covers ("parentalité", "logement"...)
 * @param fiches the numbers of its fiches actions, "N.1", "N.2"...
 * @param fichesParAvenant "Les fiches action feront l'objet d'un avenant au plus tard le" this date
 */
public record Axe(
        int numero,
        String titre,
        List<String> domaines,
        List<String> fiches,
        @Nullable LocalDate fichesParAvenant) {
}
