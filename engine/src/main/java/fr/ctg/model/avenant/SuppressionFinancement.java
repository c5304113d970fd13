package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;

/** The financing of this year, financeur and bénéficiaire leaves the convention. */
@YamlKey("suppression_financement")
public record SuppressionFinancement(int annee, String financeur, String beneficiaire) implements Modification {
}
