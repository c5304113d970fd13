package fr.ctg.model.avenant;

import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** A party joins the convention; it is described in the avenant's {@code parties_ajoutees}. */
@YamlKey("ajout_partie")
public record AjoutPartie(@Unwrapped ReferencePartie reference) implements Modification {
}
