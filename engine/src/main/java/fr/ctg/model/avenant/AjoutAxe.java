package fr.ctg.model.avenant;

import fr.ctg.model.Axe;
import fr.ctg.model.shape.Unwrapped;
import fr.ctg.model.shape.YamlKey;

/** An axis added to the plan d’actions. */
@YamlKey("ajout_axe")
public record AjoutAxe(@Unwrapped Axe axe) implements Modification {
}
