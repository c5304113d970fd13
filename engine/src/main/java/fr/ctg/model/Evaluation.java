package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * Annex 5.
 *
 * @param anneeDeploiement the year the evaluation is carried out, before renewal
 * @param texte territory-specific text added to the national one (Markdown)
 */
public record Evaluation(@Nullable Integer anneeDeploiement, @Nullable String texte) {
}
