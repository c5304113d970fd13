package fr.ctg.model.avenant;

import fr.ctg.model.Axe;
import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** The axis with the same number takes this title, these domains and this deadline; its fiches stay unless listed here. */
@YamlKey("remplacement_axe")
public record RemplacementAxe(@Unwrapped Axe axe) implements Modification {
}
