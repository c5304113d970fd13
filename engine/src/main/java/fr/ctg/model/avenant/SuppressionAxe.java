package fr.ctg.model.avenant;

/** The axis leaves the plan d'actions, with its fiches. */
public record SuppressionAxe(int numero) {
}
