package fr.ctg.validate.rules;

import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.DatesFrancaises;
import fr.ctg.validate.Rapport;
import fr.ctg.validate.Regle;
import fr.ctg.validate.RegleCtg;

@RegleCtg(code = "CTG-PERIODE-ORDRE", resume = "La date de début de la convention précède sa date de fin.")
public final class PeriodeOrdonnee implements Regle {

    @Override
    public void verifier(Convention convention, Rapport rapport) {
        Periode periode = convention.periode();
        if (!periode.debut().isBefore(periode.fin())) {
            rapport.erreur("periode.fin", "la date de fin (" + DatesFrancaises.courte(periode.fin())
                    + ") ne vient pas après la date de début (" + DatesFrancaises.courte(periode.debut()) + ")",
                    "vérifiez les deux dates de « periode » : la fin doit suivre le début");
        }
    }
}
