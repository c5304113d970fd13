package fr.ctg.model.avenant;

import fr.ctg.model.FicheAction;

/** The fiche action with the same number is replaced, whole, by this one. */
public record RemplacementFiche(FicheAction fiche) {
}
