package fr.ctg.model.avenant;

import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** An annex is added to the convention. */
@YamlKey("ajout_annexe")
public record AjoutAnnexe(@Unwrapped Annexe annexe) implements Modification {
}
