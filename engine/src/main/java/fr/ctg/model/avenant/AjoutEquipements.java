package fr.ctg.model.avenant;

import fr.ctg.model.Equipement;
import fr.ctg.model.shape.YamlKey;
import java.util.List;

/** Rows added at the end of annex 2. */
@YamlKey("ajout_equipements")
public record AjoutEquipements(List<Equipement> equipements) implements Modification {
}
