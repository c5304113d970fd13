package fr.ctg.model.avenant;

import fr.ctg.model.FicheAction;
import fr.ctg.model.shape.YamlKey;
import java.util.List;

/** Fiches actions added to annex 3, each to the axis its number names ("5.1" to axis 5). */
@YamlKey("ajout_fiches")
public record AjoutFiches(List<FicheAction> fiches) implements Modification {
}
