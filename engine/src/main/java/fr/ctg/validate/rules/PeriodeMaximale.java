package fr.ctg.validate.rules;

import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.DatesFrancaises;
import fr.ctg.validate.Rapport;
import fr.ctg.validate.Regle;
import fr.ctg.validate.RegleCtg;
import java.time.LocalDate;
import java.time.Period;

@RegleCtg(code = "CTG-PERIODE-MAX", resume = "Une CTG dure au plus cinq ans.")
public final class PeriodeMaximale implements Regle {

    static final int DUREE_MAXIMALE_ANS = 5;

    @Override
    public void verifier(Convention convention, Rapport rapport) {
        Periode periode = convention.periode();
        LocalDate finMaximale = periode.debut().plusYears(DUREE_MAXIMALE_ANS).minusDays(1);
        if (periode.fin().isAfter(finMaximale)) {
            Period depassement = Period.between(finMaximale, periode.fin());
            rapport.erreur("periode.fin", "la date de fin (" + DatesFrancaises.courte(periode.fin()) + ") dépasse de "
                    + DatesFrancaises.duree(depassement) + " la durée maximale d’une CTG (" + DUREE_MAXIMALE_ANS + " ans)",
                    "ramenez la date de fin au " + DatesFrancaises.courte(finMaximale) + " au plus tard");
        }
    }
}
