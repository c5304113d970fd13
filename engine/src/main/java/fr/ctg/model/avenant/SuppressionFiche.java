package fr.ctg.model.avenant;

/** The fiche action "numero" ("2.2") leaves annex 3. */
public record SuppressionFiche(String numero) {
}
