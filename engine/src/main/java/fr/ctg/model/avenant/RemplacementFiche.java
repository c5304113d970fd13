package fr.ctg.model.avenant;

import fr.ctg.model.FicheAction;
import fr.ctg.model.shape.YamlKey;

/** The fiche action with the same number is replaced, whole, by this one. */
@YamlKey("remplacement_fiche")
public record RemplacementFiche(FicheAction fiche) implements Modification {
}
