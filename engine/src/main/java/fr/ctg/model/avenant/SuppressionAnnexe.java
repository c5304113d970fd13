package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;

/** The annex {@code numero}, added by an avenant, leaves the convention; the others keep their numbers. */
@YamlKey("suppression_annexe")
public record SuppressionAnnexe(int numero) implements Modification {
}
