package fr.ctg.model.avenant;

import fr.ctg.model.Equipement;
import fr.ctg.model.shape.YamlKey;

/**
 * @param ligne the row of annex 2 as the convention (amended by the earlier avenants) numbers it, from 1
 */
@YamlKey("remplacement_equipement")
public record RemplacementEquipement(int ligne, Equipement equipement) implements Modification {
}
