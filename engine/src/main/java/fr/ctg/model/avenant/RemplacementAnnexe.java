package fr.ctg.model.avenant;

import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** An annex an avenant added is replaced by this one, of the same number. */
@YamlKey("remplacement_annexe")
public record RemplacementAnnexe(@Unwrapped Annexe annexe) implements Modification {
}
