package fr.ctg.model.avenant;

import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** A party withdraws from the convention, with its deliberations. */
@YamlKey("retrait_partie")
public record RetraitPartie(@Unwrapped ReferencePartie reference) implements Modification {
}
