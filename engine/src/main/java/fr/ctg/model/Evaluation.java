package fr.ctg.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Annex 5.
 *
 * @param anneeDeploiement the year the evaluation is carried out, before renewal
 * @param texte territory-specific text added to the national one (Markdown)
 * @param realiseeLe the day the evaluation was presented to the comité de pilotage, once done
 */
public record Evaluation(@Nullable Integer anneeDeploiement, @Nullable String texte, @Nullable LocalDate realiseeLe) {
}
