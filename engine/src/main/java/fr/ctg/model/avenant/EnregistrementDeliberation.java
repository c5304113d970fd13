package fr.ctg.model.avenant;

import fr.ctg.model.Deliberation;
import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** The deliberation of the same party and organ is replaced by this one, or added (annex 6). */
@YamlKey("enregistrement_deliberation")
public record EnregistrementDeliberation(@Unwrapped Deliberation deliberation) implements Modification {
}
