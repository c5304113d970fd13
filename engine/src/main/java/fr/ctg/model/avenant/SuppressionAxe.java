package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/** The axis leaves the plan d'actions, with its fiches. */
@YamlKey("suppression_axe")
public record SuppressionAxe(int numero) implements Modification {
}
