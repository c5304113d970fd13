package fr.ctg.model.avenant;

import fr.ctg.model.Equipement;
import java.util.List;

/** Rows added at the end of annex 2. */
public record AjoutEquipements(List<Equipement> equipements) {
}
