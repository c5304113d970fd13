package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/** The fiche action "numero" ("2.2") leaves annex 3. */
@YamlKey("suppression_fiche")
public record SuppressionFiche(String numero) implements Modification {
}
