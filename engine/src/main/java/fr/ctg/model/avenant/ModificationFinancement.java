package fr.ctg.model.avenant;

import fr.ctg.model.Financement;
import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** The financing of the same year, financeur and bénéficiaire is replaced by this one, or added. */
@YamlKey("modification_financement")
public record ModificationFinancement(@Unwrapped Financement financement) implements Modification {
}
